package fr.fluxlogement.rules.orientation;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Repartition;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Le moteur d'orientation des logements libérés (convention art. 4.2 et 5 ; R.441-5-2 II) : une
 * fonction pure (état, logement) → (décision, nouvel état), déterministe, indépendante de l'ordre
 * des parties.
 *
 * <p><b>Méthode</b> (voir {@code docs/orientation.md}). Chaque partie i a un taux {@code t_i}, les
 * taux somment à 1 (la part non réservée du bailleur comprise). Au k-ième logement :
 *
 * <ol>
 *   <li><b>éligibles</b> : les parties qui ne dépasseraient pas leur quota supérieur, {@code c_i <
 *       k·t_i} (méthode du quota de Balinski et Young) ;
 *   <li><b>échéance</b> : pour chacune, le rang au-delà duquel elle passerait sous son quota
 *       inférieur, {@code ⌈(c_i + 1)/t_i⌉} ; servir l'échéance la plus proche (« earliest deadline
 *       first ») tient le quota à chaque préfixe ;
 *   <li><b>préférence</b> : parmi les éligibles, d'abord le préfet si le logement est hors QPV et
 *       que sa part hors QPV est sous le minimum ; puis le plus grand déficit cumulé dans les
 *       catégories du logement (typologie, financement, QPV, commune) ; puis l'échéance ; puis la
 *       clé ;
 *   <li><b>faisabilité</b> : une préférence qui n'est pas l'échéance la plus proche n'est retenue que
 *       si toutes les échéances restent tenables (condition de Hall sur les unités dues) ; sinon
 *       l'échéance la plus proche est servie.
 * </ol>
 *
 * <p><b>Garantie</b> : après chaque préfixe de k logements, chaque partie a reçu entre {@code ⌊k·t⌋}
 * et {@code ⌈k·t⌉} logements (propriété du quota). L'équilibre par catégorie n'est pas garanti par
 * la théorie ; les écarts mesurés sont publiés dans {@code docs/orientation.md}.
 *
 * <p>Les taux sont ramenés à un dénominateur commun D ; le calcul reste exact en entiers de 64 bits
 * tant que D ≤ 2³⁰ (taux issus d'une même assiette, pourcentages) ; au-delà, ils sont arrondis au
 * milliardième par le plus fort reste, ce que dit l'explication.
 */
public final class MoteurOrientation {

  private static final long D_MAX = 1L << 30;
  private static final long MILLIARD = 1_000_000_000L;

  private final List<Reservataire> parties;
  private final long[] p;
  private final long d;
  private final boolean[] prefet;
  private final long minPrefetHorsQpvNum;
  private final long minPrefetHorsQpvDen;
  private final boolean arrondi;

  private MoteurOrientation(List<Reservataire> parties, long[] p, long d, Taux minPrefetHorsQpv, boolean arrondi) {
    this.parties = parties;
    this.p = p;
    this.d = d;
    this.prefet = new boolean[parties.size()];
    for (int i = 0; i < parties.size(); i++) {
      prefet[i] = parties.get(i).isEtat();
    }
    this.minPrefetHorsQpvNum = minPrefetHorsQpv.valeur().numerateur().longValueExact();
    this.minPrefetHorsQpvDen = minPrefetHorsQpv.valeur().denominateur().longValueExact();
    this.arrondi = arrondi;
  }

  /**
   * Un moteur pour des taux donnés.
   *
   * @param taux le taux de chaque partie, la part non réservée du bailleur comprise ; ils doivent
   *     sommer à 100 %
   * @param minPrefetHorsQpv la part minimale des logements du préfet située hors QPV (R.441-5-2 II,
   *     30 % par défaut)
   * @return le moteur, ou les anomalies (aucune partie, taux ne sommant pas à 100 %)
   */
  public static Resultat<MoteurOrientation> of(Map<Reservataire, Taux> taux, Taux minPrefetHorsQpv) {
    Objects.requireNonNull(taux, "taux");
    Objects.requireNonNull(minPrefetHorsQpv, "minPrefetHorsQpv");
    List<Anomalie> anomalies = new ArrayList<>();
    Fraction somme = Fraction.ZERO;
    for (Taux t : taux.values()) {
      somme = somme.plus(t.valeur());
    }
    if (taux.isEmpty() || !somme.equals(Fraction.UN)) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, "taux",
          "les taux des parties, part du bailleur comprise, doivent sommer à 100 % : " + somme.fois(100).toDecimalFrancais(4) + " %",
          References.CLAUSE_ENGAGEMENTS));
    }
    return Resultat.selon(anomalies, () -> construire(taux, minPrefetHorsQpv));
  }

  private static MoteurOrientation construire(Map<Reservataire, Taux> taux, Taux minPrefetHorsQpv) {
    List<Reservataire> parties = new ArrayList<>(taux.keySet());
    parties.sort(Comparator.comparing(Reservataire::cle));
    BigInteger ppcm = BigInteger.ONE;
    for (Reservataire r : parties) {
      BigInteger den = taux.get(r).valeur().denominateur();
      ppcm = ppcm.divide(ppcm.gcd(den)).multiply(den);
    }
    long[] p = new long[parties.size()];
    if (ppcm.compareTo(BigInteger.valueOf(D_MAX)) <= 0) {
      long d = ppcm.longValueExact();
      for (int i = 0; i < p.length; i++) {
        p[i] = taux.get(parties.get(i)).valeur().fois(d).longValueExact();
      }
      return new MoteurOrientation(List.copyOf(parties), p, d, minPrefetHorsQpv, false);
    }
    List<Repartition.Partie> l = new ArrayList<>();
    for (Reservataire r : parties) {
      l.add(new Repartition.Partie(r.cle(), taux.get(r).valeur()));
    }
    List<Repartition.Part> parts = Repartition.repartir(MILLIARD, l);
    for (int i = 0; i < p.length; i++) {
      p[i] = parts.get(i).part();
    }
    return new MoteurOrientation(List.copyOf(parties), p, MILLIARD, minPrefetHorsQpv, true);
  }

  /** Les parties, dans l'ordre des clés. */
  public List<Reservataire> parties() {
    return parties;
  }

  /** Vrai si les taux ont dû être arrondis au milliardième (dénominateur commun trop grand). */
  public boolean isArrondi() {
    return arrondi;
  }

  /** Le taux effectif d'une partie (après l'éventuel arrondi). */
  public Fraction taux(Reservataire r) {
    return Fraction.of(p[parties.indexOf(r)], d);
  }

  /** L'état initial de l'année. */
  public EtatOrientation initial() {
    return new EtatOrientation(parties, new TableauCompteur(parties.size()));
  }

  /** Oriente un logement : la décision porte le nouvel état ; l'état donné n'est pas modifié. */
  public Decision orienter(EtatOrientation etat, Logement logement) {
    Objects.requireNonNull(logement, "logement");
    TableauCompteur t = etat.tableau().copie();
    long avant = manquePrefetHorsQpv(t);
    Decision dec = decider(t, logement, -1, true, null);
    long apres = manquePrefetHorsQpv(t);
    if (apres > avant) {
      return new Decision(dec.logement(), dec.rang(), dec.reservataire(), dec.contrainte(), dec.candidats(), dec.etat(),
          java.util.Optional.of(Anomalie.avertissement(CodeAnomalie.PREFET_HORS_QPV_MENACE, "logements[" + (dec.rang() - 1) + "]",
              "après le logement " + logement.identifiant() + " (n° " + dec.rang() + "), la part du préfet hors QPV est sous son minimum de "
                  + Fraction.of(minPrefetHorsQpvNum, minPrefetHorsQpvDen).fois(100).toDecimalFrancais(2) + " % : il lui faut encore au moins "
                  + apres + " logement(s) hors QPV", References.CCH_R441_5_2_II)));
    }
    return dec;
  }

  /**
   * Combien de logements hors QPV manquent au préfet pour revenir à son minimum, s'il les recevait
   * tous : le plus petit y tel que (X + y) ≥ μ × (T + y), soit ⌈(μ·T − X) ÷ (1 − μ)⌉ (0 s'il y est),
   * où X est le nombre de ses logements hors QPV et T son total.
   */
  private long manquePrefetHorsQpv(TableauCompteur t) {
    long total = 0;
    long hors = 0;
    for (int i = 0; i < parties.size(); i++) {
      if (prefet[i]) {
        total += t.imputes[i];
        hors += t.parCategoriePartie[TableauCompteur.QPV][parties.size() + i];
      }
    }
    long num = total * minPrefetHorsQpvNum - hors * minPrefetHorsQpvDen; // (μT − X) × den
    long den = minPrefetHorsQpvDen - minPrefetHorsQpvNum; // (1 − μ) × den
    if (num <= 0) {
      return 0;
    }
    return den <= 0 ? Long.MAX_VALUE : Math.floorDiv(num + den - 1, den);
  }

  /**
   * Oriente une séquence de logements ; rend les décisions, dans l'ordre (chacune avec son état).
   * Pour de longues séquences, {@link #orienterTout(EtatOrientation, List)} évite de matérialiser
   * un état par décision.
   */
  public List<Decision> orienter(EtatOrientation etat, List<Logement> logements) {
    List<Decision> glouton = decisions(etat, logements, null);
    if (glouton.isEmpty() || marge(glouton.get(glouton.size() - 1).etat().tableau()) >= 0) {
      return glouton; // le plan de l'année n'écarterait aucun choix (voir orienterTout)
    }
    return decisions(etat, logements, Plan.of(this, etat.tableau().copie(), logements));
  }

  private List<Decision> decisions(EtatOrientation etat, List<Logement> logements, Plan plan) {
    List<Decision> l = new ArrayList<>(logements.size());
    TableauCompteur t = etat.tableau().copie();
    for (Logement lo : logements) {
      Decision dec = decider(t, lo, -1, true, plan);
      l.add(dec);
      t = t.copie();
    }
    return Collections.unmodifiableList(l);
  }

  /**
   * Oriente toute une séquence et ne rend que les parties choisies et l'état final : le chemin
   * rapide, même algorithme et mêmes décisions que {@link #orienter(EtatOrientation, Logement)}.
   *
   * @param etat l'état de départ (non modifié)
   * @param logements les logements, dans l'ordre de libération
   * @return les parties choisies et l'état final
   */
  public Sequence orienterTout(EtatOrientation etat, List<Logement> logements) {
    // Chemin rapide exact : l'orientation sans plan (chaque logement à la partie la plus en retard
    // qui garde le quota) ; si le préfet y finit l'année à son minimum hors QPV, elle est, à chaque
    // rang, un achèvement qui l'atteint, donc le plan jugerait admissible chacun de ses choix et n'en
    // écarterait aucun : mêmes décisions, sans construire le plan.
    Sequence glouton = sequence(etat, logements, null);
    if (marge(glouton.etat().tableau()) >= 0) {
      return glouton;
    }
    return orienterToutAvecPlan(etat, logements);
  }

  /** {@link #orienterTout} en construisant toujours le plan de l'année (comparé au chemin rapide par les tests). */
  Sequence orienterToutAvecPlan(EtatOrientation etat, List<Logement> logements) {
    return sequence(etat, logements, Plan.of(this, etat.tableau().copie(), logements));
  }

  private Sequence sequence(EtatOrientation etat, List<Logement> logements, Plan plan) {
    TableauCompteur t = etat.tableau().copie();
    Reservataire[] choix = new Reservataire[logements.size()];
    for (int k = 0; k < logements.size(); k++) {
      choix[k] = decider(t, logements.get(k), -1, false, plan).reservataire();
    }
    return new Sequence(List.of(choix), new EtatOrientation(parties, t));
  }

  /**
   * Le résultat d'une séquence.
   *
   * @param choix la partie choisie pour chaque logement
   * @param etat l'état final
   */
  public record Sequence(List<Reservataire> choix, EtatOrientation etat) {}

  /**
   * Enregistre l'échec d'une partie sur un logement qu'elle avait reçu, et son traitement (art. 6) :
   * compté quand même, repris par le bailleur (imputé à sa part non réservée), ou proposé à un
   * autre réservataire (réorienté, la partie défaillante exclue).
   *
   * @param etat l'état courant
   * @param logement le logement
   * @param defaillant la partie qui n'a pas pu le pourvoir
   * @param traitement ce que prévoit la convention
   * @param bailleur la part non réservée du bailleur (une des parties du moteur)
   * @return la décision qui en résulte (la partie qui porte finalement le logement)
   */
  public Decision echec(EtatOrientation etat, Logement logement, Reservataire defaillant, TraitementEchec traitement, Reservataire bailleur) {
    int i = parties.indexOf(defaillant);
    if (i < 0) {
      throw new IllegalArgumentException("partie inconnue du moteur : " + defaillant.cle());
    }
    TableauCompteur t = etat.tableau().copie();
    t.echecs[i]++;
    if (traitement == TraitementEchec.COMPTE_POUR_LE_RESERVATAIRE) {
      return new Decision(logement, t.k, defaillant, Contrainte.QUOTA, List.of(), new EtatOrientation(parties, t));
    }
    int[] cat = t.categories(logement);
    t.imputer(i, cat, -1);
    t.compterLogement(cat, -1);
    t.k--;
    if (traitement == TraitementEchec.REPRIS_PAR_LE_BAILLEUR) {
      int b = parties.indexOf(bailleur);
      if (b < 0) {
        throw new IllegalArgumentException("la part du bailleur n'est pas une partie du moteur");
      }
      t.k++;
      t.compterLogement(cat, 1);
      t.imputer(b, cat, 1);
      t.offres[b]++;
      return new Decision(logement, t.k, bailleur, Contrainte.QUOTA, List.of(), new EtatOrientation(parties, t));
    }
    return decider(t, logement, i, true, null);
  }

  private Decision decider(TableauCompteur t, Logement logement, int exclu, boolean detail, Plan plan) {
    int n = parties.size();
    long k = t.k + 1;
    int[] cat = t.categories(logement);
    t.compterLogement(cat, 1);
    long[] c = t.imputes;
    boolean[] eligible = new boolean[n];
    int nEligibles = 0;
    for (int i = 0; i < n; i++) {
      eligible[i] = i != exclu && p[i] > 0 && c[i] * d < k * p[i];
      if (eligible[i]) {
        nEligibles++;
      }
    }
    if (nEligibles == 0) {
      // seule la partie exclue était éligible : on relâche l'exclusion plutôt que de sortir du quota
      for (int i = 0; i < n; i++) {
        eligible[i] = p[i] > 0 && c[i] * d < k * p[i];
      }
    }
    int edf = -1;
    long edfEcheance = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      if (eligible[i]) {
        long ech = Math.floorDiv((c[i] + 1) * d + p[i] - 1, p[i]);
        if (ech < edfEcheance) {
          edf = i;
          edfEcheance = ech;
        }
      }
    }
    boolean horsQpv = !logement.isEnQpv();
    boolean prefetSousMinimum = horsQpv && prefetSousMinimum(t);
    Integer[] ordre = new Integer[n];
    long[] score = new long[n];
    for (int i = 0; i < n; i++) {
      ordre[i] = i;
      if (eligible[i]) {
        for (int g = 0; g < 4; g++) {
          score[i] += p[i] * t.parCategorie[g][cat[g]] - t.parCategoriePartie[g][cat[g] * n + i] * d;
        }
      }
    }
    final long[] echeance = new long[n];
    for (int i = 0; i < n; i++) {
      echeance[i] = p[i] == 0 ? Long.MAX_VALUE : Math.floorDiv((c[i] + 1) * d + p[i] - 1, p[i]);
    }
    java.util.Arrays.sort(ordre, (a, b) -> {
      if (eligible[a] != eligible[b]) {
        return eligible[a] ? -1 : 1;
      }
      if (prefetSousMinimum && prefet[a] != prefet[b]) {
        return prefet[a] ? -1 : 1;
      }
      int s = Long.compare(score[b], score[a]);
      if (s != 0) {
        return s;
      }
      int e = Long.compare(echeance[a], echeance[b]);
      return e != 0 ? e : Integer.compare(a, b);
    });
    int choix = edf;
    Contrainte contrainte = Contrainte.QUOTA;
    boolean planActif = plan != null && plan.actif && exclu < 0;
    boolean ecarte = false;
    boolean trouve = false;
    for (int j = 0; j < n && eligible[ordre[j]]; j++) {
      int cand = ordre[j];
      if (cand == edf || faisable(c, cand, k)) {
        if (planActif && !plan.admissible(this, t, cand, horsQpv)) {
          ecarte = true; // le préfet ne pourrait plus atteindre son minimum hors QPV d'ici la fin de l'année
          continue;
        }
        choix = cand;
        trouve = true;
        if (ecarte) {
          contrainte = Contrainte.PREFET_HORS_QPV;
        } else if (j == 0 && nEligibles > 1) {
          contrainte = prefetSousMinimum && prefet[cand] ? Contrainte.PREFET_HORS_QPV : Contrainte.EQUILIBRE;
        }
        break;
      }
    }
    if (planActif && !trouve) {
      choix = plan.meilleur(this, t, eligible, horsQpv, edf);
      contrainte = Contrainte.PREFET_HORS_QPV;
    }
    long[] avant = detail ? c.clone() : null;
    t.k = k;
    t.imputer(choix, cat, 1);
    t.offres[choix]++;
    List<Decision.Candidat> candidats = List.of();
    if (detail) {
      List<Decision.Candidat> l = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Fraction ti = Fraction.of(p[i], d);
        l.add(new Decision.Candidat(parties.get(i), eligible[i], ti.fois(k - 1).moins(Fraction.of(avant[i])),
            ti.fois(k).moins(Fraction.of(c[i]))));
      }
      candidats = l;
    }
    return new Decision(logement, k, parties.get(choix), contrainte, candidats,
        new EtatOrientation(parties, t));
  }

  private boolean prefetSousMinimum(TableauCompteur t) {
    long total = 0;
    long hors = 0;
    for (int i = 0; i < parties.size(); i++) {
      if (prefet[i]) {
        total += t.imputes[i];
        hors += t.parCategoriePartie[TableauCompteur.QPV][parties.size() + i];
      }
    }
    return hors * minPrefetHorsQpvDen < total * minPrefetHorsQpvNum || total == 0;
  }

  /**
   * Donner le k-ième logement à {@code j} laisse-t-il toutes les échéances tenables ? Condition :
   * pour tout rang b ≥ k, les unités dues d'ici b (Σ max(0, ⌊b·t_i⌋ − c'_i)) tiennent dans les b − k
   * logements restants.
   */
  private boolean faisable(long[] c, int j, long k) {
    int n = c.length;
    long horizon = k;
    for (int i = 0; i < n; i++) {
      long ci = c[i] + (i == j ? 1 : 0);
      if (p[i] > 0 && ci > 0) {
        horizon = Math.max(horizon, Math.floorDiv(ci * d + p[i] - 1, p[i]));
      }
    }
    for (long b = k; b <= horizon; b++) {
      long du = 0;
      for (int i = 0; i < n; i++) {
        long ci = c[i] + (i == j ? 1 : 0);
        long q = b * p[i] / d;
        if (q > ci) {
          du += q - ci;
        }
      }
      if (du > b - k) {
        return false;
      }
    }
    return true;
  }
  /** Au-delà, le plan de l'année n'est pas construit (les états possibles croissent avec les parties). */
  static final int ETATS_MAX = 20_000;

  /**
   * Le plan d'une année dont les libérations sont connues d'avance (R.441-5-2 II) : pour chaque rang
   * et chaque état du quota, la meilleure marge que le préfet peut encore gagner hors QPV d'ici la
   * fin de l'année. L'état d'un rang k est, pour chaque partie, {@code c_i − ⌊k·t_i⌋ ∈ {0, 1}} (la
   * propriété du quota), d'où un masque de bits ; la marge d'un logement donné au préfet vaut {@code
   * den − num} hors QPV et {@code −num} en QPV (minimum μ = num/den), de sorte que le préfet atteint
   * son minimum en fin d'année si et seulement si la marge totale est positive ou nulle
   * ({@code X·den ≥ T·num}). Programmation dynamique exacte sur toutes les orientations qui
   * respectent le quota à chaque préfixe : si l'une d'elles atteint le minimum, le plan n'écarte
   * jamais tous les choix et l'orientation l'atteint.
   */
  static final class Plan {
    final boolean actif;
    final long k0;
    /** Pour chaque rang, les masques atteignables, triés, et la meilleure marge de chacun ({@code Long.MIN_VALUE} : aucun achèvement). */
    final long[][] masques;
    final long[][] marges;
    final List<Logement> logements;

    private Plan(boolean actif, long k0, long[][] masques, long[][] marges, List<Logement> logements) {
      this.actif = actif;
      this.k0 = k0;
      this.masques = masques;
      this.marges = marges;
      this.logements = logements;
    }

    static final Plan INACTIF = new Plan(false, 0, new long[0][], new long[0][], List.of());

    static Plan of(MoteurOrientation m, TableauCompteur t, List<Logement> logements) {
      int n = m.parties.size();
      boolean aPrefet = false;
      for (boolean b : m.prefet) {
        aPrefet |= b;
      }
      if (!aPrefet || n > 62 || logements.isEmpty()) {
        return INACTIF;
      }
      long k0 = t.k;
      long masque0 = m.masque(t.imputes, k0, -1);
      if (masque0 == HORS_QUOTA) {
        return INACTIF;
      }
      int L = logements.size();
      long[][] couches = new long[L + 1][];
      couches[0] = new long[] {masque0};
      long[] b0 = new long[n];
      long[] b1 = new long[n];
      long[] h1 = new long[n];
      long[] tampon = new long[16];
      for (int s = 0; s < L; s++) {
        long k = k0 + s;
        long[] courante = couches[s];
        if (tampon.length < courante.length * n) {
          tampon = new long[courante.length * n];
        }
        m.bornes(k, b0, b1, h1);
        int r = 0;
        for (long mask : courante) {
          for (int j = 0; j < n; j++) {
            long x = m.successeur(mask, j, b0, b1, h1);
            if (x != HORS_QUOTA) {
              tampon[r++] = x;
            }
          }
        }
        // les masques distincts, triés
        java.util.Arrays.sort(tampon, 0, r);
        int u = 0;
        for (int i = 0; i < r; i++) {
          if (u == 0 || tampon[i] != tampon[u - 1]) {
            tampon[u++] = tampon[i];
          }
        }
        if (u > ETATS_MAX) {
          return INACTIF;
        }
        couches[s + 1] = java.util.Arrays.copyOf(tampon, u);
      }
      // marges, de la fin vers le début ; Long.MIN_VALUE : aucun achèvement possible
      long[][] marges = new long[L + 1][];
      marges[L] = new long[couches[L].length];
      for (int s = L - 1; s >= 0; s--) {
        long k = k0 + s;
        boolean hors = !logements.get(s).isEnQpv();
        long[] apres = couches[s + 1];
        long[] margesApres = marges[s + 1];
        long[] courante = couches[s];
        long[] v = new long[courante.length];
        m.bornes(k, b0, b1, h1);
        for (int i = 0; i < courante.length; i++) {
          long best = Long.MIN_VALUE;
          for (int j = 0; j < n; j++) {
            long x = m.successeur(courante[i], j, b0, b1, h1);
            if (x != HORS_QUOTA) {
              long y = margesApres[java.util.Arrays.binarySearch(apres, x)];
              if (y != Long.MIN_VALUE) {
                best = Math.max(best, m.poids(j, hors) + y);
              }
            }
          }
          v[i] = best;
        }
        marges[s] = v;
      }
      long depart = marges[0][0];
      boolean actif = depart != Long.MIN_VALUE && m.marge(t) + depart >= 0;
      return new Plan(actif, k0, couches, marges, logements);
    }

    /** Donner le logement courant à {@code j} laisse-t-il le minimum du préfet atteignable ? */
    boolean admissible(MoteurOrientation m, TableauCompteur t, int j, boolean hors) {
      long valeur = valeur(m, t, j, hors);
      return valeur != Long.MIN_VALUE && m.marge(t) + valeur >= 0;
    }

    private long valeur(MoteurOrientation m, TableauCompteur t, int j, boolean hors) {
      int s = (int) (t.k - k0); // t.k : logements déjà orientés ; le logement courant est le rang t.k + 1
      if (s < 0 || s + 1 >= marges.length) {
        return Long.MIN_VALUE;
      }
      long x = m.successeur(t.imputes, j, t.k + 1);
      if (x == HORS_QUOTA) {
        return Long.MIN_VALUE;
      }
      int i = java.util.Arrays.binarySearch(masques[s + 1], x);
      if (i < 0) {
        return Long.MIN_VALUE;
      }
      long v = marges[s + 1][i];
      return v == Long.MIN_VALUE ? Long.MIN_VALUE : m.poids(j, hors) + v;
    }

    /** Le choix qui garde la meilleure marge (l'échéance la plus proche s'il n'y en a aucun). */
    int meilleur(MoteurOrientation m, TableauCompteur t, boolean[] eligible, boolean hors, int edf) {
      int choix = edf;
      long best = Long.MIN_VALUE;
      for (int j = 0; j < eligible.length; j++) {
        long v = valeur(m, t, j, hors);
        if (v != Long.MIN_VALUE && v > best) {
          best = v;
          choix = j;
        }
      }
      return choix;
    }
  }

  /** La marge acquise du préfet : X·den − T·num. */
  long marge(TableauCompteur t) {
    long total = 0;
    long hors = 0;
    for (int i = 0; i < parties.size(); i++) {
      if (prefet[i]) {
        total += t.imputes[i];
        hors += t.parCategoriePartie[TableauCompteur.QPV][parties.size() + i];
      }
    }
    return hors * minPrefetHorsQpvDen - total * minPrefetHorsQpvNum;
  }

  long poids(int j, boolean hors) {
    if (!prefet[j]) {
      return 0;
    }
    return hors ? minPrefetHorsQpvDen - minPrefetHorsQpvNum : -minPrefetHorsQpvNum;
  }

  /** Le masque d'un état hors de la propriété du quota (un masque vrai n'a jamais son bit de signe). */
  static final long HORS_QUOTA = -1;

  /** Le masque des comptes au rang k ({@code c_i − ⌊k·t_i⌋}), ou {@link #HORS_QUOTA} hors de la propriété du quota. */
  long masque(long[] c, long k, int plusUn) {
    long mask = 0;
    for (int i = 0; i < c.length; i++) {
      long ci = c[i] + (i == plusUn ? 1 : 0);
      long bas = Math.floorDiv(k * p[i], d);
      long haut = Math.floorDiv(k * p[i] + d - 1, d);
      if (ci < bas || ci > haut) {
        return HORS_QUOTA;
      }
      if (ci > bas) {
        mask |= 1L << i;
      }
    }
    return mask;
  }

  /** Les bornes du quota de chaque partie : {@code ⌊k·t_i⌋} dans {@code b0}, {@code ⌊(k+1)·t_i⌋} et {@code ⌈(k+1)·t_i⌉} dans {@code b1} et {@code h1}. */
  void bornes(long k, long[] b0, long[] b1, long[] h1) {
    for (int i = 0; i < b0.length; i++) {
      b0[i] = Math.floorDiv(k * p[i], d);
      b1[i] = Math.floorDiv((k + 1) * p[i], d);
      h1[i] = Math.floorDiv((k + 1) * p[i] + d - 1, d);
    }
  }

  /**
   * Comme {@link #successeur(long[], int, long)} depuis le masque d'un état du rang k (comptes
   * {@code ⌊k·t_i⌋ + bit i}), les bornes du rang calculées une fois ({@link #bornes}) : sans division.
   */
  long successeur(long mask, int j, long[] b0, long[] b1, long[] h1) {
    if (p[j] == 0) {
      return HORS_QUOTA;
    }
    long r = 0;
    for (int i = 0; i < b0.length; i++) {
      long ci = b0[i] + ((mask >>> i) & 1L) + (i == j ? 1 : 0);
      if (ci < b1[i] || ci > h1[i]) {
        return HORS_QUOTA;
      }
      if (ci > b1[i]) {
        r |= 1L << i;
      }
    }
    return r;
  }

  /** Le masque au rang k après avoir donné un logement à j, ou {@link #HORS_QUOTA} si le quota serait violé. */
  long successeur(long[] c, int j, long k) {
    if (p[j] == 0) {
      return HORS_QUOTA;
    }
    return masque(c, k, j);
  }
}
