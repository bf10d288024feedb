package fr.fluxlogement.core.convention;

import fr.fluxlogement.core.reference.Clause;
import fr.fluxlogement.core.reference.Reference;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Le texte d'une convention de réservation, tel qu'on le cite : son titre et, pour chaque sujet
 * ({@link Clause}), l'article qui le traite. Les règles citent des clauses ; le texte d'une
 * convention les résout en ses propres titre et articles ({@link #resoudre(Reference)}), si bien
 * qu'une figure calculée pour une convention cite <i>cette</i> convention.
 *
 * @param titre le titre cité, par exemple {@code "Convention de réservation en flux, commune X – bailleur Y"}
 * @param articles les articles qui diffèrent du plan par défaut ({@link Clause#articleParDefaut()})
 * @param url l'adresse où lire la convention, si elle est publiée
 */
public record TexteConvention(String titre, Map<Clause, String> articles, Optional<String> url) {

  /**
   * Valide et fige.
   *
   * @throws IllegalArgumentException si le titre ou un article est vide
   */
  public TexteConvention {
    Objects.requireNonNull(titre, "titre");
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(url, "url");
    if (titre.isBlank()) {
      throw new IllegalArgumentException("une convention a un titre");
    }
    EnumMap<Clause, String> m = new EnumMap<>(Clause.class);
    for (Map.Entry<Clause, String> e : articles.entrySet()) {
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException("article vide pour la clause " + e.getKey());
      }
      m.put(e.getKey(), e.getValue());
    }
    articles = Collections.unmodifiableMap(m);
  }

  /**
   * Une convention numérotée selon le plan par défaut.
   *
   * @param titre le titre cité
   * @return le texte
   */
  public static TexteConvention of(String titre) {
    return new TexteConvention(titre, Map.of(), Optional.empty());
  }

  /**
   * Le même texte, où un sujet est traité sous un autre article.
   *
   * @param clause le sujet
   * @param article son article dans cette convention, par exemple {@code "4"}
   * @return le nouveau texte
   */
  public TexteConvention withArticle(Clause clause, String article) {
    EnumMap<Clause, String> m = new EnumMap<>(Clause.class);
    m.putAll(articles);
    m.put(Objects.requireNonNull(clause, "clause"), Objects.requireNonNull(article, "article"));
    return new TexteConvention(titre, m, url);
  }

  /**
   * Le même texte, avec l'adresse où le lire.
   *
   * @param adresse l'adresse
   * @return le nouveau texte
   */
  public TexteConvention withUrl(String adresse) {
    return new TexteConvention(titre, articles, Optional.of(adresse));
  }

  /**
   * L'article de cette convention qui traite un sujet.
   *
   * @param clause le sujet
   * @return l'article, celui du plan par défaut si la convention n'en donne pas d'autre
   */
  public String article(Clause clause) {
    return articles.getOrDefault(Objects.requireNonNull(clause, "clause"), clause.articleParDefaut());
  }

  /**
   * La référence à une clause de cette convention.
   *
   * @param clause le sujet
   * @return la référence, au titre et à l'article de cette convention
   */
  public Reference citer(Clause clause) {
    return resoudre(Reference.clause(clause));
  }

  /**
   * Résout une référence dans cette convention : une clause devient l'article de cette convention
   * (son alinéa est gardé) ; une référence à un texte national est rendue telle quelle.
   *
   * @param reference la référence
   * @return la référence résolue
   */
  public Reference resoudre(Reference reference) {
    Objects.requireNonNull(reference, "reference");
    if (reference.clause().isEmpty()) {
      return reference;
    }
    Reference r = reference.withTexte(titre, article(reference.clause().get()));
    return url.isPresent() && r.url().isEmpty() ? r.withUrl(url.get()) : r;
  }

  /**
   * La résolution comme fonction, pour {@code Explication.resoudre} et {@code Anomalie.resoudre}.
   *
   * @return la fonction qui résout une référence dans cette convention
   */
  public UnaryOperator<Reference> resolveur() {
    // chaque référence distincte n'est résolue qu'une fois par résolveur (une table locale, non partagée)
    java.util.Map<Reference, Reference> vues = new java.util.HashMap<>();
    return r -> r.clause().isEmpty() ? r : vues.computeIfAbsent(r, this::resoudre);
  }
}
