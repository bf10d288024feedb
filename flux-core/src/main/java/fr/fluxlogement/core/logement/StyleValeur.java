package fr.fluxlogement.core.logement;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Le style des valeurs engendrées par Immutables (code du JDK seul), en méta-annotation de
 * rétention source : il ne figure pas dans les classes compilées, si bien qu'un intégrateur compile
 * sans les annotations d'Immutables et sans avertissement.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(jdkOnly = true, allowedClasspathAnnotations = {Override.class})
@interface StyleValeur {}
