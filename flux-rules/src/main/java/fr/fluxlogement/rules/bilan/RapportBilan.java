package fr.fluxlogement.rules.bilan;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Le rendu d'un bilan en français et en tables (prêtes pour JSON ou CSV), avec ce que la convention
 * exige (art. 6) : pour chaque réservataire, les parts des propositions, des attributions en CALEOL
 * et des baux signés sur le total des libérations ; les taux de ménages prioritaires (dont DALO),
 * de premier quartile hors QPV, de quartiles 2 à 4 en QPV ; les parts par EPCI et par commune ; les
 * attributions hors flux ; le flux réalisé face à l'objectif. Les ventilations détaillées se lisent
 * sur le {@link Bilan}.
 *
 * @param bilan le bilan
 * @param objectifs l'objectif en logements de chaque partie, par clé (s'il est connu)
 * @param envoi la date d'envoi prévue ou réelle, si elle est connue
 */
public record RapportBilan(Bilan bilan, Map<String, Long> objectifs, Optional<LocalDate> envoi) {

  /** Fige. */
  public RapportBilan {
    Objects.requireNonNull(bilan, "bilan");
    objectifs = Map.copyOf(objectifs);
    Objects.requireNonNull(envoi, "envoi");
  }

  private static String pct(Fraction f) {
    return Taux.of(f.max(Fraction.ZERO).min(Fraction.UN)).toPourcentFrancais();
  }

  /** La ligne d'une partie : toutes ses figures, dans un ordre fixe. */
  public Map<String, Object> ligne(String partie) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("partie", partie);
    m.put("libelle", partie.equals(Cle.TOUS) ? "ensemble" : bilan.libelles().getOrDefault(partie, partie));
    m.put("propositions", bilan.total(Mesure.PROPOSITIONS, partie));
    m.put("attributions_caleol", bilan.total(Mesure.ATTRIBUTIONS_CALEOL, partie));
    m.put("baux_signes", bilan.total(Mesure.BAUX_SIGNES, partie));
    m.put("part_propositions_liberations", pct(bilan.partDesLiberations(Mesure.PROPOSITIONS, partie)));
    m.put("part_attributions_liberations", pct(bilan.partDesLiberations(Mesure.ATTRIBUTIONS_CALEOL, partie)));
    m.put("part_baux_liberations", pct(bilan.partDesLiberations(Mesure.BAUX_SIGNES, partie)));
    m.put("taux_prioritaires", pct(bilan.taux(Mesure.PRIORITAIRES, Mesure.BAUX_SIGNES, partie)));
    m.put("taux_dalo", pct(bilan.taux(Mesure.DALO, Mesure.BAUX_SIGNES, partie)));
    m.put("taux_q1_hors_qpv", pct(bilan.taux(Mesure.Q1_HORS_QPV, Mesure.BAUX_HORS_QPV, partie)));
    m.put("taux_q2_q4_en_qpv", pct(bilan.taux(Mesure.Q2_Q4_EN_QPV, Mesure.BAUX_EN_QPV, partie)));
    m.put("quartile_inconnu", bilan.total(Mesure.QUARTILE_INCONNU, partie));
    m.put("hors_flux", bilan.total(Mesure.HORS_FLUX, partie));
    m.put("logements_proposes", String.join(", ", bilan.logements(Mesure.PROPOSITIONS, partie)));
    m.put("logements_attribues", String.join(", ", bilan.logements(Mesure.ATTRIBUTIONS_CALEOL, partie)));
    if (objectifs.containsKey(partie)) {
      m.put("objectif", objectifs.get(partie));
      m.put("ecart_objectif", bilan.total(Mesure.BAUX_SIGNES, partie) - objectifs.get(partie));
    }
    return m;
  }

  /** Les lignes de toutes les parties, puis l'ensemble. */
  public List<Map<String, Object>> lignes() {
    List<Map<String, Object>> l = new ArrayList<>();
    for (String p : bilan.parties()) {
      l.add(ligne(p));
    }
    l.add(ligne(Cle.TOUS));
    return l;
  }

  /** Les parts des propositions et des attributions par territoire (commune ou EPCI). */
  public List<Map<String, Object>> territoires(Dimension dimension) {
    if (dimension != Dimension.COMMUNE && dimension != Dimension.EPCI) {
      throw new IllegalArgumentException("territoire : COMMUNE ou EPCI, pas " + dimension);
    }
    long props = bilan.total(Mesure.PROPOSITIONS, Cle.TOUS);
    long attr = bilan.total(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS);
    List<Map<String, Object>> l = new ArrayList<>();
    java.util.TreeSet<String> valeurs = new java.util.TreeSet<>(bilan.ventilation(Mesure.LIBERATIONS, Cle.TOUS, dimension).keySet());
    valeurs.addAll(bilan.ventilation(Mesure.PROPOSITIONS, Cle.TOUS, dimension).keySet());
    valeurs.addAll(bilan.ventilation(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS, dimension).keySet());
    for (String v : valeurs) {
      long p = bilan.compte(Mesure.PROPOSITIONS, Cle.TOUS, dimension, v);
      long a = bilan.compte(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS, dimension, v);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(dimension == Dimension.COMMUNE ? "commune" : "epci", v);
      m.put("liberations", bilan.compte(Mesure.LIBERATIONS, Cle.TOUS, dimension, v));
      m.put("propositions", p);
      m.put("part_propositions", pct(props == 0 ? Fraction.ZERO : Fraction.of(p, props)));
      m.put("attributions_caleol", a);
      m.put("part_attributions", pct(attr == 0 ? Fraction.ZERO : Fraction.of(a, attr)));
      l.add(m);
    }
    return l;
  }

  /** Le rapport complet comme tables et listes (pour JSON). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("annee", bilan.annee());
    m.put("echeance", Bilan.echeance(bilan.annee()).toString());
    envoi.ifPresent(e -> m.put("envoi", e.toString()));
    m.put("tardif", envoi.flatMap(bilan::controlerEnvoi).isPresent());
    m.put("liberations", bilan.total(Mesure.LIBERATIONS, Cle.TOUS));
    m.put("parties", lignes());
    m.put("communes", territoires(Dimension.COMMUNE));
    m.put("epci", territoires(Dimension.EPCI));
    return m;
  }

  /** Le rapport en français. */
  public String toTexte() {
    StringBuilder sb = new StringBuilder();
    sb.append("Bilan ").append(bilan.annee()).append(" (R.441-5-1 CCH ; convention art. 6) — à envoyer avant le 28 février ")
        .append(bilan.annee() + 1).append(", soit le ").append(Bilan.echeance(bilan.annee())).append(" au plus tard\n");
    envoi.ifPresent(e -> sb.append("Envoi : ").append(e).append(bilan.controlerEnvoi(e).map(a -> " — EN RETARD").orElse(" — dans le délai")).append('\n'));
    envoi.flatMap(bilan::controlerEnvoi).map(Anomalie::toTexte).ifPresent(t -> sb.append("  ").append(t).append('\n'));
    sb.append("Libérations de l'année : ").append(bilan.total(Mesure.LIBERATIONS, Cle.TOUS)).append('\n');
    for (Map<String, Object> l : lignes()) {
      sb.append("\n").append(l.get("libelle")).append('\n');
      sb.append("  propositions ").append(l.get("propositions")).append(" (").append(l.get("part_propositions_liberations"))
          .append(" des libérations), attributions en CALEOL ").append(l.get("attributions_caleol")).append(" (")
          .append(l.get("part_attributions_liberations")).append("), baux signés ").append(l.get("baux_signes")).append(" (")
          .append(l.get("part_baux_liberations")).append(")\n");
      sb.append("  prioritaires ").append(l.get("taux_prioritaires")).append(" (dont DALO ").append(l.get("taux_dalo"))
          .append("), premier quartile hors QPV ").append(l.get("taux_q1_hors_qpv")).append(", quartiles 2 à 4 en QPV ")
          .append(l.get("taux_q2_q4_en_qpv")).append('\n');
      sb.append("  hors flux ").append(l.get("hors_flux"));
      if (l.containsKey("objectif")) {
        sb.append(", objectif ").append(l.get("objectif")).append(" logement(s), réalisé ").append(l.get("baux_signes"))
            .append(" (écart ").append(l.get("ecart_objectif")).append(')');
      }
      sb.append('\n');
      sb.append("  logements proposés : ").append(l.get("logements_proposes")).append('\n');
      sb.append("  logements attribués : ").append(l.get("logements_attribues")).append('\n');
      String p = (String) l.get("partie");
      for (Dimension d : new Dimension[] {Dimension.TYPOLOGIE, Dimension.FINANCEMENT, Dimension.QPV, Dimension.COMMUNE, Dimension.PERIODE_CONSTRUCTION}) {
        Map<String, Long> prop = bilan.ventilation(Mesure.PROPOSITIONS, p, d);
        Map<String, Long> attr = bilan.ventilation(Mesure.ATTRIBUTIONS_CALEOL, p, d);
        if (!prop.isEmpty() || !attr.isEmpty()) {
          sb.append("  par ").append(d.libelle()).append(" : proposés ").append(prop).append(", attribués ").append(attr).append('\n');
        }
      }
    }
    sb.append("\nParts par commune :\n");
    for (Map<String, Object> t : territoires(Dimension.COMMUNE)) {
      sb.append("  ").append(t.get("commune")).append(" : propositions ").append(t.get("part_propositions"))
          .append(", attributions ").append(t.get("part_attributions")).append('\n');
    }
    sb.append("Parts par EPCI :\n");
    for (Map<String, Object> t : territoires(Dimension.EPCI)) {
      sb.append("  ").append(t.get("epci")).append(" : propositions ").append(t.get("part_propositions"))
          .append(", attributions ").append(t.get("part_attributions")).append('\n');
    }
    return sb.toString();
  }
}
