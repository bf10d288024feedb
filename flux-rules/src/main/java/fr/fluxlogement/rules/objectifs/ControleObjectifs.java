package fr.fluxlogement.rules.objectifs;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Epci;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Le contrôle des objectifs d'attribution d'une année (convention art. 5 ; L.441-1 CCH), pour
 * chaque réservataire, pour la part non réservée du bailleur et pour l'ensemble :
 *
 * <ul>
 *   <li><b>prioritaires</b> : part des attributions aux ménages prioritaires (DALO ou un critère de
 *       L.441-1), cible 25 % ;
 *   <li><b>premier quartile hors QPV</b> : part des attributions hors QPV aux ménages du premier
 *       quartile ou relogés ANRU/ORCOD, cible 25 % ;
 *   <li><b>quartiles 2 à 4 en QPV</b> : part des attributions en QPV aux autres ménages, cible 50 %.
 * </ul>
 *
 * Une attribution compte pour l'année N quand son bail est signé en N ; les mutations et les
 * attributions hors flux n'entrent pas dans les contingents (R.441-5 I). Le quartile se juge sur
 * le seuil de l'EPCI du logement pour l'année du bail.
 */
public final class ControleObjectifs {

  private ControleObjectifs() {}

  /**
   * Contrôle les objectifs. Un seuil de premier quartile inconnu (EPCI absent de l'arrêté de
   * l'année, ou logement sans EPCI) ne bloque rien : l'objectif des ménages prioritaires (L.441-1 ;
   * L.313-26-2 pour Action Logement) ne dépend d'aucun seuil et reste calculé ; seuls les
   * indicateurs du quartile des parties concernées deviennent non calculables, et un avertissement
   * {@code SEUIL_QUARTILE_MANQUANT} nomme l'EPCI et l'année (un par EPCI et par année). Un ménage
   * relogé ANRU ou ORCOD hors QPV compte au premier quartile sans seuil : il ne rend rien inconnu.
   *
   * @param annee l'année N
   * @param attributions les attributions (celles dont le bail n'est pas signé en N sont ignorées)
   * @param restantes par partie, les attributions restant à faire dans l'année (pour le rattrapage)
   * @param seuils les seuils du premier quartile
   * @param parametres les cibles
   * @return un résultat par partie et par indicateur, puis l'ensemble, toujours présents ; un seuil
   *     inconnu rend les seuls indicateurs du quartile non calculables
   *     ({@link ResultatObjectif#isCalculable()}) et ajoute son avertissement
   */
  public static Resultat<List<ResultatObjectif>> controler(
      int annee, List<Attribution> attributions, Map<Reservataire, Long> restantes, SeuilsQuartile seuils, Parametres parametres) {
    Objects.requireNonNull(attributions, "attributions");
    Objects.requireNonNull(seuils, "seuils");
    Objects.requireNonNull(parametres, "parametres");
    Objects.requireNonNull(restantes, "restantes");
    List<Anomalie> anomalies = new ArrayList<>();
    java.util.Set<String> signales = new java.util.HashSet<>();
    TreeMap<String, Reservataire> parties = new TreeMap<>();
    TreeMap<String, long[]> compteurs = new TreeMap<>();
    long[] total = new long[8];
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      if (a.dateBail().isEmpty() || a.dateBail().get().getYear() != annee || a.mutation() || a.horsFlux()) {
        continue;
      }
      Optional<Boolean> q1 = premierQuartile(a, annee, seuils, "attributions[" + i + "]", anomalies, signales);
      parties.put(a.contingent().cle(), a.contingent());
      long[] c = compteurs.computeIfAbsent(a.contingent().cle(), k -> new long[8]);
      compter(c, a, q1);
      compter(total, a, q1);
    }
    LocalDate date = LocalDate.of(annee, 12, 31);
    List<ResultatObjectif> resultats = new ArrayList<>();
    long restantTotal = 0;
    for (Map.Entry<String, long[]> e : compteurs.entrySet()) {
      Reservataire r = parties.get(e.getKey());
      long reste = Math.max(0, restantes.getOrDefault(r, 0L));
      restantTotal += reste;
      resultats.addAll(resultats(Optional.of(r), e.getValue(), reste, parametres, date));
    }
    resultats.addAll(resultats(Optional.empty(), total, restantTotal, parametres, date));
    return Resultat.ok(List.copyOf(resultats), anomalies);
  }

  /**
   * Le ménage de l'attribution est-il au premier quartile ? Vide (et un avertissement, un par EPCI
   * et par année) si le seuil de l'EPCI du logement n'est pas connu pour l'année.
   */
  static Optional<Boolean> premierQuartile(
      Attribution a, int annee, SeuilsQuartile seuils, String chemin, List<Anomalie> anomalies, java.util.Set<String> signales) {
    Optional<Epci> epci = a.logement().localisation().epci();
    if (epci.isEmpty()) {
      anomalies.add(Anomalie.avertissement(CodeAnomalie.SEUIL_QUARTILE_MANQUANT, chemin + ".logement.epci",
          "le logement " + a.logement().identifiant() + " n'a pas d'EPCI : son seuil de premier quartile est inconnu en " + annee
              + " ; les indicateurs du quartile de ce contingent ne sont pas calculables", References.CCH_L441_1_QUARTILE));
      return Optional.empty();
    }
    Optional<BigDecimal> seuil = seuils.seuil(epci.get(), annee);
    if (seuil.isEmpty()) {
      if (signales.add(epci.get().siren() + "|" + annee)) {
        anomalies.add(Anomalie.avertissement(CodeAnomalie.SEUIL_QUARTILE_MANQUANT, chemin + ".logement.epci",
            "pas de seuil de premier quartile pour l'EPCI " + epci.get().siren() + " en " + annee
                + " : les indicateurs du quartile des contingents concernés ne sont pas calculables ; l'objectif des ménages "
                + "prioritaires l'est", References.CCH_L441_1_QUARTILE));
      }
      return Optional.empty();
    }
    return Optional.of(SeuilsQuartile.isPremierQuartile(a.menage(), seuil.get()));
  }

  // 0 base, 1 prioritaires, 2 hors QPV, 3 Q1 hors QPV (ou ANRU/ORCOD), 4 en QPV, 5 Q2-4 en QPV,
  // 6 hors QPV de quartile inconnu, 7 en QPV de quartile inconnu
  private static void compter(long[] c, Attribution a, Optional<Boolean> q1) {
    c[0]++;
    if (a.menage().isPrioritaire()) {
      c[1]++;
    }
    boolean premier = q1.orElse(false);
    if (a.logement().isEnQpv()) {
      c[4]++;
      if (q1.isEmpty()) {
        c[7]++;
      } else if (!premier) {
        c[5]++;
      }
    } else {
      c[2]++;
      if (premier || a.menage().relogementRenouvellementUrbain()) {
        c[3]++;
      } else if (q1.isEmpty()) {
        c[6]++;
      }
    }
  }

  private static List<ResultatObjectif> resultats(Optional<Reservataire> partie, long[] c, long restantes, Parametres p, LocalDate date) {
    EnumMap<Indicateur, long[]> bases = new EnumMap<>(Indicateur.class);
    bases.put(Indicateur.PRIORITAIRES, new long[] {c[1], c[0], 0});
    bases.put(Indicateur.Q1_HORS_QPV, new long[] {c[3], c[2], c[6]});
    bases.put(Indicateur.Q2_Q4_EN_QPV, new long[] {c[5], c[4], c[7]});
    List<ResultatObjectif> l = new ArrayList<>();
    for (Map.Entry<Indicateur, long[]> e : bases.entrySet()) {
      ValeurDatee<Taux> cible = p.valeurDatee(e.getKey().cible(), date);
      long[] v = e.getValue();
      l.add(v[2] == 0 ? resultat(partie, e.getKey(), v[0], v[1], restantes, cible)
          : nonCalculable(partie, e.getKey(), v[0], v[1], v[2], restantes, cible));
    }
    return l;
  }

  /**
   * Le résultat d'un indicateur du quartile que des attributions de quartile inconnu rendent non
   * calculable : ni taux atteint (0), ni écart (0), ni rattrapage ; l'explication dit combien
   * d'attributions manquent de seuil.
   */
  static ResultatObjectif nonCalculable(
      Optional<Reservataire> partie, Indicateur indicateur, long publicConnu, long base, long inconnus, long restantes,
      ValeurDatee<Taux> cible) {
    String qui = partie.map(Reservataire::libelle).orElse("l'ensemble des contingents");
    Explication ex = Explication.builder(indicateur.libelle() + " — " + qui, "non calculable")
        .formule(inconnus + " des " + base + " attributions de la base ont un quartile inconnu (seuil de l'EPCI absent pour l'année) ; "
            + publicConnu + " au public visé parmi les autres")
        .reference(indicateur.references().toArray(new fr.fluxlogement.core.reference.Reference[0]))
        .enfant(Explication.donnee("cible", cible.valeur().toPourcentFrancais() + " (" + cible.citation() + ")", cible.source()))
        .build();
    return new ResultatObjectif(partie, indicateur, publicConnu, base, Taux.ZERO, cible.valeur(), 0, Optional.empty(), restantes, ex,
        inconnus);
  }

  /**
   * Le résultat d'un indicateur : atteint = public ÷ base ; écart = ⌈cible × base⌉ − public (au
   * moins 0) ; rattrapage = ⌈cible × (base + restantes)⌉ − public, s'il ne dépasse pas les
   * restantes.
   */
  public static ResultatObjectif resultat(
      Optional<Reservataire> partie, Indicateur indicateur, long publicCible, long base, long restantes, ValeurDatee<Taux> cible) {
    Taux atteint = base == 0 ? Taux.ZERO : Taux.of(publicCible, base);
    long requis = cible.valeur().de(base).plafond().longValueExact();
    long ecart = Math.max(0, requis - publicCible);
    long requisFin = cible.valeur().de(base + restantes).plafond().longValueExact();
    long besoin = Math.max(0, requisFin - publicCible);
    Optional<Long> rattrapage = besoin <= restantes ? Optional.of(besoin) : Optional.empty();
    String qui = partie.map(Reservataire::libelle).orElse("l'ensemble des contingents");
    Explication ex = Explication.builder(indicateur.libelle() + " — " + qui, atteint.toPourcentFrancais())
        .formule(publicCible + " ÷ " + base + " ; cible " + cible.valeur().toPourcentFrancais() + " soit au moins " + requis
            + " ; écart " + ecart + " ménage(s) ; " + rattrapage.map(x -> x + " des " + restantes + " attributions restantes au public visé")
                .orElse("rattrapage impossible sur les " + restantes + " attributions restantes"))
        .reference(indicateur.references().toArray(new fr.fluxlogement.core.reference.Reference[0]))
        .enfant(Explication.donnee("cible", cible.valeur().toPourcentFrancais() + " (" + cible.citation() + ")", cible.source()))
        .build();
    return new ResultatObjectif(partie, indicateur, publicCible, base, atteint, cible.valeur(), ecart, rattrapage, restantes, ex);
  }
}
