package fr.fluxlogement.rendu.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * L'index des pages d'un exercice : chaque convention avec ses figures clés et le lien vers son
 * annexe, chaque bilan avec le réalisé face à l'objectif, la projection s'il y en a une.
 *
 * @param entete l'en-tête
 * @param conventions les conventions
 * @param bilans les bilans
 * @param echeance la date limite d'envoi des bilans
 * @param envoi la date d'envoi, si elle est connue
 * @param tardif vrai si l'envoi est tardif
 * @param projection le lien vers la projection, s'il y en a une
 * @param avertissements les avertissements de l'exercice
 */
public record PageIndex(
    Entete entete,
    List<LigneConvention> conventions,
    List<LigneBilanIndex> bilans,
    String echeance,
    Optional<String> envoi,
    boolean tardif,
    Optional<Lien> projection,
    List<String> avertissements) {

  /** Fige ; refuse les {@code null}. */
  public PageIndex {
    Objects.requireNonNull(entete, "entete");
    conventions = List.copyOf(conventions);
    bilans = List.copyOf(bilans);
    Objects.requireNonNull(echeance, "echeance");
    Objects.requireNonNull(envoi, "envoi");
    Objects.requireNonNull(projection, "projection");
    avertissements = List.copyOf(avertissements);
  }

  /**
   * Une convention et ses figures clés.
   *
   * @param cle la clé
   * @param titre le titre
   * @param reservataire le réservataire
   * @param territoire le territoire
   * @param assiette l'assiette
   * @param taux le taux du réservataire
   * @param flux le flux annuel
   * @param objectif l'objectif en logements
   * @param annexe le lien vers la page de l'annexe
   */
  public record LigneConvention(String cle, String titre, String reservataire, String territoire, long assiette, String taux, long flux,
      long objectif, Lien annexe) {}

  /**
   * Un bilan et ses figures clés.
   *
   * @param libelle le réservataire
   * @param propositions les propositions
   * @param attributions les attributions en CALEOL
   * @param baux les baux signés
   * @param objectif l'objectif, ou vide
   * @param page le lien vers la page du bilan
   */
  public record LigneBilanIndex(String libelle, long propositions, long attributions, long baux, String objectif, Lien page) {}
}
