package fr.fluxlogement.rendu.tables;

import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import java.util.Objects;

/**
 * La ligne d'une convention dans la synthèse d'un exercice.
 *
 * @param cle la clé de la convention
 * @param titre son titre
 * @param territoire son territoire, « commune 01281 (Ornex) »
 * @param assiette l'assiette de son territoire
 * @param taux le taux de son réservataire
 * @param flux le flux annuel du territoire
 * @param objectif l'objectif de son réservataire, en logements
 */
public record LigneSynthese(String cle, String titre, String territoire, long assiette, Taux taux, long flux, long objectif) {

  /** Refuse les {@code null}. */
  public LigneSynthese {
    Objects.requireNonNull(cle, "cle");
    Objects.requireNonNull(titre, "titre");
    Objects.requireNonNull(territoire, "territoire");
    Objects.requireNonNull(taux, "taux");
  }

  /**
   * Le type d'un territoire : {@code commune}, {@code epci} ou {@code departement}.
   *
   * @param t le territoire
   * @return le type
   */
  public static String type(Territoire t) {
    return t instanceof Commune ? "commune" : t instanceof Departement ? "departement" : "epci";
  }

  /**
   * La ligne d'une convention.
   *
   * @param rc les figures de la convention
   * @param e l'exercice (pour le nom du territoire)
   * @return la ligne
   */
  public static LigneSynthese of(ResultatConvention rc, Exercice e) {
    Territoire t = rc.convention().territoire();
    return new LigneSynthese(rc.cle(), rc.convention().texte().titre(), type(t) + " " + t.code() + " (" + e.nom(t) + ")",
        rc.assiette().taille(), rc.tauxReservataire(), rc.flux().flux(), rc.objectif());
  }
}
