package fr.fluxlogement.rendu.texte;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.Cle;
import fr.fluxlogement.rules.bilan.Dimension;
import fr.fluxlogement.rules.bilan.LigneBilan;
import fr.fluxlogement.rules.bilan.Mesure;
import fr.fluxlogement.rules.bilan.PartTerritoire;
import fr.fluxlogement.rules.bilan.RapportBilan;
import java.util.List;
import java.util.Map;

/**
 * Le bilan de l'année en texte français (R.441-5-1 CCH ; convention art. 6) : l'échéance et l'envoi,
 * puis pour chaque partie ses comptes, ses parts, ses taux, son objectif, ses logements et ses
 * ventilations, enfin les parts par commune et par EPCI.
 */
public final class TexteBilan {

  private TexteBilan() {}

  /** Les ventilations détaillées du texte, dans l'ordre. */
  public static final List<Dimension> VENTILATIONS =
      List.of(Dimension.TYPOLOGIE, Dimension.FINANCEMENT, Dimension.QPV, Dimension.COMMUNE, Dimension.PERIODE_CONSTRUCTION);

  /**
   * Le texte du bilan.
   *
   * @param r le bilan et ses objectifs
   * @return le texte
   */
  public static String texte(RapportBilan r) {
    Bilan bilan = r.bilan();
    StringBuilder sb = new StringBuilder();
    sb.append("Bilan ").append(bilan.annee()).append(" (R.441-5-1 CCH ; convention art. 6) — à envoyer avant le 28 février ")
        .append(bilan.annee() + 1).append(", soit le ").append(r.echeance()).append(" au plus tard\n");
    r.envoi().ifPresent(e -> sb.append("Envoi : ").append(e).append(bilan.controlerEnvoi(e).map(a -> " — EN RETARD").orElse(" — dans le délai")).append('\n'));
    r.retard().map(Anomalie::toTexte).ifPresent(t -> sb.append("  ").append(t).append('\n'));
    sb.append("Libérations de l'année : ").append(bilan.total(Mesure.LIBERATIONS, Cle.TOUS)).append('\n');
    for (LigneBilan l : r.lignes()) {
      sb.append("\n").append(l.libelle()).append('\n');
      sb.append("  propositions ").append(l.propositions()).append(" (").append(l.partPropositions().toPourcentFrancais())
          .append(" des libérations), attributions en CALEOL ").append(l.attributionsCaleol()).append(" (")
          .append(l.partAttributions().toPourcentFrancais()).append("), baux signés ").append(l.bauxSignes()).append(" (")
          .append(l.partBaux().toPourcentFrancais()).append(")\n");
      sb.append("  prioritaires ").append(l.tauxPrioritaires().toPourcentFrancais()).append(" (dont DALO ").append(l.tauxDalo().toPourcentFrancais())
          .append("), premier quartile hors QPV ").append(l.tauxQ1HorsQpv().toPourcentFrancais()).append(", quartiles 2 à 4 en QPV ")
          .append(l.tauxQ2Q4EnQpv().toPourcentFrancais()).append('\n');
      sb.append("  hors flux ").append(l.horsFlux());
      if (l.objectif().isPresent()) {
        sb.append(", objectif ").append(l.objectif().get()).append(" logement(s), réalisé ").append(l.bauxSignes())
            .append(" (écart ").append(l.ecartObjectif().orElseThrow()).append(')');
      }
      sb.append('\n');
      sb.append("  logements proposés : ").append(String.join(", ", l.logementsProposes())).append('\n');
      sb.append("  logements attribués : ").append(String.join(", ", l.logementsAttribues())).append('\n');
      for (Dimension d : VENTILATIONS) {
        Map<String, Long> prop = bilan.ventilation(Mesure.PROPOSITIONS, l.partie(), d);
        Map<String, Long> attr = bilan.ventilation(Mesure.ATTRIBUTIONS_CALEOL, l.partie(), d);
        if (!prop.isEmpty() || !attr.isEmpty()) {
          sb.append("  par ").append(d.libelle()).append(" : proposés ").append(prop).append(", attribués ").append(attr).append('\n');
        }
      }
    }
    sb.append("\nParts par commune :\n");
    for (PartTerritoire t : r.territoires(Dimension.COMMUNE)) {
      sb.append("  ").append(t.code()).append(" : propositions ").append(t.partPropositions().toPourcentFrancais())
          .append(", attributions ").append(t.partAttributions().toPourcentFrancais()).append('\n');
    }
    sb.append("Parts par EPCI :\n");
    for (PartTerritoire t : r.territoires(Dimension.EPCI)) {
      sb.append("  ").append(t.code()).append(" : propositions ").append(t.partPropositions().toPourcentFrancais())
          .append(", attributions ").append(t.partAttributions().toPourcentFrancais()).append('\n');
    }
    return sb.toString();
  }
}
