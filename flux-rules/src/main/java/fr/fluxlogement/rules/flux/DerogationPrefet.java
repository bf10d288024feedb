package fr.fluxlogement.rules.flux;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.Provenance;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Une dérogation aux plafonds du préfet (R.441-5-2 I) : pour les besoins des agents de la sécurité
 * publique ou pour des motifs économiques, un arrêté du préfet peut dépasser, pour un an au plus,
 * la part de 30 % du flux annuel et celle de 5 % des agents de l'État. La dérogation est une valeur
 * datée des paramètres, de provenance {@link Provenance#ARRETE}, qui cesse à sa fin : au-delà, les
 * plafonds nationaux reprennent et un dépassement est de nouveau signalé.
 *
 * @param debut le premier jour de la dérogation
 * @param fin le premier jour où elle ne s'applique plus (au plus un an après le début)
 * @param plafondPrefet le plafond de la part du préfet pendant la dérogation
 * @param plafondAgents le plafond de la part des agents, s'il est lui aussi relevé
 * @param arrete la référence de l'arrêté préfectoral
 */
public record DerogationPrefet(LocalDate debut, LocalDate fin, Taux plafondPrefet, Optional<Taux> plafondAgents, Reference arrete) {

  /**
   * Fige ; utiliser {@link #of} pour des données venues de l'extérieur.
   *
   * @throws IllegalArgumentException si la période est vide ou dépasse un an (erreur de programmation)
   */
  public DerogationPrefet {
    Objects.requireNonNull(debut, "debut");
    Objects.requireNonNull(fin, "fin");
    Objects.requireNonNull(plafondPrefet, "plafondPrefet");
    Objects.requireNonNull(plafondAgents, "plafondAgents");
    Objects.requireNonNull(arrete, "arrete");
    if (!fin.isAfter(debut) || fin.isAfter(debut.plusYears(1))) {
      throw new IllegalArgumentException("dérogation du " + debut + " au " + fin + " : période vide ou de plus d'un an");
    }
  }

  /**
   * Une dérogation validée : la période va du début (inclus) à la fin (exclue), un an au plus ; les
   * plafonds dérogatoires ne sont pas inférieurs aux plafonds nationaux ; toutes les anomalies à la
   * fois, de code {@link CodeAnomalie#DEROGATION_INVALIDE}.
   *
   * @param debut le premier jour
   * @param fin le premier jour où elle ne s'applique plus
   * @param plafondPrefet le plafond dérogatoire de la part du préfet
   * @param plafondAgents le plafond dérogatoire des agents, s'il y en a un
   * @param arrete la référence de l'arrêté
   * @param parametres les paramètres nationaux, pour comparer les plafonds
   * @return la dérogation, ou ses anomalies
   */
  public static Resultat<DerogationPrefet> of(
      LocalDate debut, LocalDate fin, Taux plafondPrefet, Optional<Taux> plafondAgents, Reference arrete, Parametres parametres) {
    Objects.requireNonNull(debut, "debut");
    Objects.requireNonNull(fin, "fin");
    Objects.requireNonNull(plafondPrefet, "plafondPrefet");
    Objects.requireNonNull(plafondAgents, "plafondAgents");
    Objects.requireNonNull(arrete, "arrete");
    Objects.requireNonNull(parametres, "parametres");
    List<Anomalie> a = new ArrayList<>();
    if (!fin.isAfter(debut)) {
      a.add(Anomalie.erreur(CodeAnomalie.DEROGATION_INVALIDE, "fin", "la dérogation finit le " + fin + ", pas après son début le " + debut,
          References.CCH_R441_5_2_I));
    } else if (fin.isAfter(debut.plusYears(1))) {
      a.add(Anomalie.erreur(CodeAnomalie.DEROGATION_INVALIDE, "fin", "une dérogation aux plafonds du préfet vaut un an au plus : du " + debut
          + " au " + fin.minusDays(1) + " inclus dépasse le " + debut.plusYears(1).minusDays(1), References.CCH_R441_5_2_I));
    }
    if (plafondPrefet.valeur().compareTo(Fraction.UN) > 0) {
      a.add(Anomalie.erreur(CodeAnomalie.DEROGATION_INVALIDE, "plafond", "un plafond ne peut dépasser 100 % : "
          + plafondPrefet.toPourcentFrancais(), References.CCH_R441_5_2_I));
    }
    if (a.isEmpty()) {
      Taux national = parametres.valeur(Parametres.PLAFOND_PREFET, debut);
      if (plafondPrefet.valeur().compareTo(national.valeur()) < 0) {
        a.add(Anomalie.erreur(CodeAnomalie.DEROGATION_INVALIDE, "plafond", "une dérogation relève le plafond : "
            + plafondPrefet.toPourcentFrancais() + " est sous le plafond national de " + national.toPourcentFrancais(), References.CCH_R441_5_2_I));
      }
      plafondAgents.ifPresent(t -> {
        Taux agents = parametres.valeur(Parametres.PLAFOND_AGENTS, debut);
        if (t.valeur().compareTo(agents.valeur()) < 0 || t.valeur().compareTo(plafondPrefet.valeur()) > 0) {
          a.add(Anomalie.erreur(CodeAnomalie.DEROGATION_INVALIDE, "plafond_agents", "le plafond des agents (" + t.toPourcentFrancais()
              + ") doit être entre le plafond national (" + agents.toPourcentFrancais() + ") et celui du préfet ("
              + plafondPrefet.toPourcentFrancais() + ")", References.CCH_R441_5_2_I));
        }
      });
    }
    return Resultat.selon(a, () -> new DerogationPrefet(debut, fin, plafondPrefet, plafondAgents, arrete));
  }

  /**
   * Les paramètres où la dérogation s'applique sur sa période, de provenance {@link Provenance#ARRETE},
   * les valeurs de part et d'autre restant celles de {@code base}.
   *
   * @param base les paramètres sans la dérogation
   * @return les paramètres avec la dérogation
   */
  public Parametres appliquer(Parametres base) {
    Objects.requireNonNull(base, "base");
    Parametres p = base.withValeur(Parametres.PLAFOND_PREFET, new ValeurDatee<>(debut, Optional.of(fin), plafondPrefet, arrete, Provenance.ARRETE));
    if (plafondAgents.isPresent()) {
      p = p.withValeur(Parametres.PLAFOND_AGENTS, new ValeurDatee<>(debut, Optional.of(fin), plafondAgents.get(), arrete, Provenance.ARRETE));
    }
    return p;
  }
}
