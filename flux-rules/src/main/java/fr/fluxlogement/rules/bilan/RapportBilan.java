package fr.fluxlogement.rules.bilan;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Le bilan de l'année et ce que la convention en exige (art. 6), en lignes typées que les rendus
 * mettent en forme ({@code flux-rendu}) : pour chaque réservataire, les parts des propositions, des attributions en CALEOL
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

  private static Taux pct(Fraction f) {
    return Taux.of(f.max(Fraction.ZERO).min(Fraction.UN));
  }

  /**
   * La ligne d'une partie : toutes ses figures.
   *
   * @param partie la clé de la partie ({@link Cle#TOUS} pour l'ensemble)
   * @return la ligne
   */
  public LigneBilan ligne(String partie) {
    return new LigneBilan(
        partie,
        partie.equals(Cle.TOUS) ? "ensemble" : bilan.libelles().getOrDefault(partie, partie),
        bilan.total(Mesure.PROPOSITIONS, partie),
        bilan.total(Mesure.ATTRIBUTIONS_CALEOL, partie),
        bilan.total(Mesure.BAUX_SIGNES, partie),
        pct(bilan.partDesLiberations(Mesure.PROPOSITIONS, partie)),
        pct(bilan.partDesLiberations(Mesure.ATTRIBUTIONS_CALEOL, partie)),
        pct(bilan.partDesLiberations(Mesure.BAUX_SIGNES, partie)),
        pct(bilan.taux(Mesure.PRIORITAIRES, Mesure.BAUX_SIGNES, partie)),
        pct(bilan.taux(Mesure.DALO, Mesure.BAUX_SIGNES, partie)),
        pct(bilan.taux(Mesure.Q1_HORS_QPV, Mesure.BAUX_HORS_QPV, partie)),
        pct(bilan.taux(Mesure.Q2_Q4_EN_QPV, Mesure.BAUX_EN_QPV, partie)),
        bilan.total(Mesure.QUARTILE_INCONNU, partie),
        bilan.total(Mesure.HORS_FLUX, partie),
        List.copyOf(bilan.logements(Mesure.PROPOSITIONS, partie)),
        List.copyOf(bilan.logements(Mesure.ATTRIBUTIONS_CALEOL, partie)),
        Optional.ofNullable(objectifs.get(partie)));
  }

  /**
   * Les lignes de toutes les parties, puis l'ensemble.
   *
   * @return les lignes
   */
  public List<LigneBilan> lignes() {
    List<LigneBilan> l = new ArrayList<>();
    for (String p : bilan.parties()) {
      l.add(ligne(p));
    }
    l.add(ligne(Cle.TOUS));
    return l;
  }

  /**
   * Les parts des propositions et des attributions par territoire (commune ou EPCI).
   *
   * @param dimension {@link Dimension#COMMUNE} ou {@link Dimension#EPCI}
   * @return une part par territoire, dans l'ordre des codes
   * @throws IllegalArgumentException pour une autre dimension
   */
  public List<PartTerritoire> territoires(Dimension dimension) {
    if (dimension != Dimension.COMMUNE && dimension != Dimension.EPCI) {
      throw new IllegalArgumentException("territoire : COMMUNE ou EPCI, pas " + dimension);
    }
    long props = bilan.total(Mesure.PROPOSITIONS, Cle.TOUS);
    long attr = bilan.total(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS);
    List<PartTerritoire> l = new ArrayList<>();
    TreeSet<String> valeurs = new TreeSet<>(bilan.ventilation(Mesure.LIBERATIONS, Cle.TOUS, dimension).keySet());
    valeurs.addAll(bilan.ventilation(Mesure.PROPOSITIONS, Cle.TOUS, dimension).keySet());
    valeurs.addAll(bilan.ventilation(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS, dimension).keySet());
    for (String v : valeurs) {
      long p = bilan.compte(Mesure.PROPOSITIONS, Cle.TOUS, dimension, v);
      long a = bilan.compte(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS, dimension, v);
      l.add(new PartTerritoire(dimension, v, bilan.compte(Mesure.LIBERATIONS, Cle.TOUS, dimension, v),
          p, pct(props == 0 ? Fraction.ZERO : Fraction.of(p, props)), a, pct(attr == 0 ? Fraction.ZERO : Fraction.of(a, attr))));
    }
    return l;
  }

  /**
   * La date limite d'envoi du bilan : le 28 février de l'année suivante (R.441-5-1).
   *
   * @return l'échéance
   */
  public LocalDate echeance() {
    return Bilan.echeance(bilan.annee());
  }

  /**
   * Le retard de l'envoi, s'il est connu et tardif.
   *
   * @return l'avertissement du retard, vide si l'envoi est inconnu ou dans le délai
   */
  public Optional<Anomalie> retard() {
    return envoi.flatMap(bilan::controlerEnvoi);
  }

  /**
   * Vrai si l'envoi est connu et tardif.
   *
   * @return vrai si l'envoi est en retard
   */
  public boolean isTardif() {
    return retard().isPresent();
  }
}
