package fr.fluxlogement.rules.bilan;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Gravite;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.Proposition;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Le bilan annuel que le bailleur envoie à chaque réservataire avant le 28 février N+1 (R.441-5-1
 * CCH ; convention art. 6) : des compteurs par mesure, partie et ventilation.
 *
 * <p><b>Agrégat fusionnable</b> : les bilans de parties disjointes (communes, mois, tranches d'un
 * fichier) se fusionnent par {@link #fusionner(Bilan)}, opération associative et commutative dont
 * le bilan vide est l'élément neutre ; le bilan d'un tout est la fusion des bilans de ses parties.
 * Un calcul national peut ainsi se répartir entre machines et se réduire.
 *
 * @param annee l'année N du bilan
 * @param compteurs les compteurs non nuls, dans l'ordre des clés
 * @param libelles le libellé de chaque partie, par clé
 * @param listes les identifiants des logements proposés et attribués (art. 6 : « la liste des
 *     logements proposés, ainsi que la liste des logements attribués »), par clé {@code
 *     "MESURE|partie"}
 */
public record Bilan(int annee, SortedMap<Cle, Long> compteurs, SortedMap<String, String> libelles, SortedMap<String, SortedSet<String>> listes) {

  /** Fige. */
  public Bilan {
    boolean tousPositifs = true;
    for (Map.Entry<Cle, Long> e : compteurs.entrySet()) {
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("compteur négatif : " + e.getKey());
      }
      tousPositifs &= e.getValue() > 0;
    }
    TreeMap<Cle, Long> c;
    if (tousPositifs && compteurs.comparator() == null) {
      c = new TreeMap<>(compteurs); // déjà trié : copie en temps linéaire
    } else {
      c = new TreeMap<>();
      compteurs.forEach((k, v) -> {
        if (v > 0) {
          c.put(k, v);
        }
      });
    }
    compteurs = Collections.unmodifiableSortedMap(c);
    libelles = Collections.unmodifiableSortedMap(new TreeMap<>(libelles));
    TreeMap<String, SortedSet<String>> l = new TreeMap<>();
    listes.forEach((k, v) -> l.put(k, EnsembleTrie.of(v)));
    listes = Collections.unmodifiableSortedMap(l);
  }

  /** Le bilan vide de l'année : l'élément neutre de la fusion. */
  public static Bilan vide(int annee) {
    return new Bilan(annee, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
  }

  /**
   * La fusion de deux bilans de la même année : les compteurs s'additionnent.
   *
   * @throws IllegalArgumentException si les années diffèrent
   */
  public Bilan fusionner(Bilan autre) {
    if (autre.annee != annee) {
      throw new IllegalArgumentException("bilans d'années différentes : " + annee + " et " + autre.annee);
    }
    TreeMap<Cle, Long> c = new TreeMap<>(compteurs);
    autre.compteurs.forEach((k, v) -> c.merge(k, v, Math::addExact));
    TreeMap<String, String> l = new TreeMap<>(libelles);
    l.putAll(autre.libelles);
    TreeMap<String, SortedSet<String>> li = new TreeMap<>(listes);
    autre.listes.forEach((k, v) -> li.merge(k, v, (a, b) -> EnsembleTrie.reunion((EnsembleTrie) a, (EnsembleTrie) b)));
    return new Bilan(annee, c, l, li);
  }

  /** Un compteur (0 s'il est absent). */
  public long compte(Mesure mesure, String partie, Dimension dimension, String valeur) {
    return compteurs.getOrDefault(new Cle(mesure, partie, dimension, valeur), 0L);
  }

  /** Le total d'une mesure pour une partie ({@link Cle#TOUS} pour toutes). */
  public long total(Mesure mesure, String partie) {
    return compte(mesure, partie, Dimension.TOTAL, "");
  }

  /** Les identifiants des logements proposés ({@link Mesure#PROPOSITIONS}) ou attribués ({@link Mesure#ATTRIBUTIONS_CALEOL}) à une partie. */
  public SortedSet<String> logements(Mesure mesure, String partie) {
    return listes.getOrDefault(mesure.name() + "|" + partie, Collections.emptySortedSet());
  }

  /** Les clés des parties présentes (hors {@link Cle#TOUS}), triées. */
  public Set<String> parties() {
    TreeSet<String> s = new TreeSet<>();
    for (Cle k : compteurs.keySet()) {
      if (!k.partie().equals(Cle.TOUS)) {
        s.add(k.partie());
      }
    }
    return Collections.unmodifiableSet(s);
  }

  /** La ventilation d'une mesure pour une partie selon une dimension : valeur → compte. */
  public SortedMap<String, Long> ventilation(Mesure mesure, String partie, Dimension dimension) {
    TreeMap<String, Long> m = new TreeMap<>();
    compteurs.subMap(new Cle(mesure, partie, dimension, ""), new Cle(mesure, partie, dimension, "\uffff"))
        .forEach((k, v) -> m.put(k.valeur(), v));
    return Collections.unmodifiableSortedMap(m);
  }

  /** La part d'une mesure d'une partie sur le total des libérations de l'année (0 si aucune). */
  public Fraction partDesLiberations(Mesure mesure, String partie) {
    long lib = total(Mesure.LIBERATIONS, Cle.TOUS);
    return lib == 0 ? Fraction.ZERO : Fraction.of(total(mesure, partie), lib);
  }

  /** {@code numerateur ÷ base} pour une partie, 0 si la base est vide. */
  public Fraction taux(Mesure numerateur, Mesure base, String partie) {
    long b = total(base, partie);
    return b == 0 ? Fraction.ZERO : Fraction.of(total(numerateur, partie), b);
  }

  /** La date limite d'envoi : la veille du 28 février N+1 (« avant le 28 février », R.441-5-1). */
  public static LocalDate echeance(int annee) {
    return LocalDate.of(annee + 1, 2, 27);
  }

  /** L'avertissement d'un envoi tardif (le 28 février N+1 ou après), s'il y a lieu. */
  public Optional<Anomalie> controlerEnvoi(LocalDate dateEnvoi) {
    if (dateEnvoi.isAfter(echeance(annee))) {
      return Optional.of(Anomalie.avertissement(CodeAnomalie.BILAN_TARDIF, "dateEnvoi",
          "bilan " + annee + " envoyé le " + dateEnvoi + " : il devait l'être avant le 28 février " + (annee + 1)
              + ", soit le " + echeance(annee) + " au plus tard", References.CCH_R441_5_1));
    }
    return Optional.empty();
  }

  /**
   * Contrôle qu'une attribution imputée au contingent d'une collectivité porte sur un logement de
   * son territoire : les droits d'une commune, d'un EPCI ou d'un département s'exercent sur son
   * territoire (CCH R.441-5 I ; cadre territorial de la convention).
   *
   * @param a l'attribution
   * @param chemin le chemin de l'attribution dans les données, par exemple {@code "attributions[3]"}
   * @return l'anomalie (erreur) si le logement est hors du territoire du contingent
   */
  public static Optional<Anomalie> controlerContingent(Attribution a, String chemin) {
    Objects.requireNonNull(a, "attribution");
    Objects.requireNonNull(chemin, "chemin");
    if (!(a.contingent() instanceof fr.fluxlogement.core.acteur.Collectivite c)) {
      return Optional.empty();
    }
    fr.fluxlogement.core.territoire.Localisation lieu = a.logement().localisation();
    boolean dedans = switch (c.niveau()) {
      case COMMUNE -> lieu.commune().code().equals(c.code());
      case EPCI -> lieu.epci().map(e -> e.siren().equals(c.code())).orElse(true);
      case DEPARTEMENT -> lieu.departement().code().equals(c.code());
      case REGION -> true;
    };
    if (dedans) {
      return Optional.empty();
    }
    return Optional.of(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, chemin + ".contingent", "attribution imputée au contingent de "
        + c.libelle() + " sur le logement « " + a.logement().identifiant() + " », situé hors de son territoire (commune "
        + lieu.commune().code() + ")", References.CCH_R441_5));
  }

  /** Un compteur pour construire le bilan d'une année. */
  public static Compteur compteur(int annee, SeuilsQuartile seuils) {
    return new Compteur(annee, seuils, null);
  }

  /**
   * Un compteur dont les listes de logements (art. 6) ne sont pas gardées mais passées à {@code
   * listes} au fil des événements : le bilan rendu a les mêmes compteurs et libellés, et des listes
   * vides. Sert à écrire les listes d'un fichier national sans les tenir en mémoire : seuls les
   * compteurs, dont la taille ne dépend que du nombre de parties et de valeurs de ventilation,
   * restent en mémoire.
   *
   * @param annee l'année N du bilan
   * @param seuils les seuils de premier quartile
   * @param listes reçoit chaque logement listé, pour sa partie et pour {@link Cle#TOUS}
   * @return le compteur
   */
  public static Compteur compteur(int annee, SeuilsQuartile seuils, Listes listes) {
    return new Compteur(annee, seuils, Objects.requireNonNull(listes, "listes"));
  }

  /**
   * Ce qui reçoit les logements listés par le bilan (art. 6 : « la liste des logements proposés,
   * ainsi que la liste des logements attribués ») : un appel par événement compté, pour la partie
   * puis pour {@link Cle#TOUS} ; un même logement peut revenir (la liste est un ensemble : à
   * dédoublonner et trier par l'ordre naturel des identifiants, comme {@link Bilan#logements}).
   */
  @FunctionalInterface
  public interface Listes {
    /**
     * Un logement listé.
     *
     * @param mesure {@link Mesure#PROPOSITIONS} ou {@link Mesure#ATTRIBUTIONS_CALEOL}
     * @param partie la clé de la partie, ou {@link Cle#TOUS}
     * @param logement l'identifiant du logement
     */
    void lister(Mesure mesure, String partie, String logement);
  }

  /** La période de construction d'un logement, pour la ventilation. */
  public static String periode(Logement l) {
    if (l.anneeConstruction().isEmpty()) {
      return "inconnue";
    }
    int a = l.anneeConstruction().getAsInt();
    if (a < 1949) {
      return "avant 1949";
    }
    if (a < 1977) {
      return "1949-1976";
    }
    if (a < 1990) {
      return "1977-1989";
    }
    if (a < 2000) {
      return "1990-1999";
    }
    if (a < 2010) {
      return "2000-2009";
    }
    if (a < 2020) {
      return "2010-2019";
    }
    return "2020 et après";
  }

  /** Les valeurs de ventilation d'un logement, dans l'ordre de {@link Dimension}. */
  static String[] valeursDimensions(Logement l) {
    return new String[] {"", l.typologie().libelle(), l.financement().libelle(), l.localisation().qpv().libelle(),
        l.localisation().commune().code(), l.localisation().epci().map(e -> e.siren()).orElse("inconnu"), periode(l)};
  }

  /** Le quartile d'un ménage, pour {@link #mesures} : au premier, au-delà, ou inconnu (seuil manquant). */
  static final int PREMIER_QUARTILE = 1;
  static final int AU_DELA_DU_PREMIER_QUARTILE = 0;
  static final int QUARTILE_INCONNU = -1;

  /** Vrai si l'attribution doit faire juger le quartile du ménage (bail signé dans l'année, dans le flux). */
  static boolean jugeLeQuartile(boolean bail, boolean horsFlux) {
    return bail && !horsFlux;
  }

  /** Vrai pour les mesures d'attribution ventilées sur toutes les dimensions (et listées pour la CALEOL). */
  static boolean isVentilee(Mesure m) {
    return m == Mesure.ATTRIBUTIONS_CALEOL || m == Mesure.BAUX_SIGNES;
  }

  /**
   * La règle de comptage d'une attribution (R.441-5-1 CCH ; L.441-1 pour les objectifs ; convention
   * art. 6), seule source de {@link Compteur} et d'{@link AttributionsColonnes} : les mesures qu'elle
   * compte, un bit par ordinal de {@link Mesure}. Hors flux : comptée en CALEOL seulement, à part ;
   * sinon en CALEOL l'année de la décision, et l'année du bail en baux signés et dans les mesures des
   * objectifs.
   *
   * @param caleol décidée en CALEOL dans l'année
   * @param bail bail signé dans l'année
   * @param horsFlux mutation interne ou attribution hors flux
   * @param quartile {@link #PREMIER_QUARTILE}, {@link #AU_DELA_DU_PREMIER_QUARTILE} ou {@link
   *     #QUARTILE_INCONNU} ; lu seulement si {@link #jugeLeQuartile}
   */
  static int mesures(boolean caleol, boolean bail, boolean horsFlux, boolean prioritaire, boolean dalo, boolean enQpv,
      boolean renouvellementUrbain, int quartile) {
    if (horsFlux) {
      return caleol ? bit(Mesure.HORS_FLUX) : 0;
    }
    int m = caleol ? bit(Mesure.ATTRIBUTIONS_CALEOL) : 0;
    if (!bail) {
      return m;
    }
    m |= bit(Mesure.BAUX_SIGNES) | (prioritaire ? bit(Mesure.PRIORITAIRES) : 0) | (dalo ? bit(Mesure.DALO) : 0)
        | (quartile == QUARTILE_INCONNU ? bit(Mesure.QUARTILE_INCONNU) : 0);
    if (enQpv) {
      return m | bit(Mesure.BAUX_EN_QPV) | (quartile == AU_DELA_DU_PREMIER_QUARTILE ? bit(Mesure.Q2_Q4_EN_QPV) : 0);
    }
    return m | bit(Mesure.BAUX_HORS_QPV) | (quartile == PREMIER_QUARTILE || renouvellementUrbain ? bit(Mesure.Q1_HORS_QPV) : 0);
  }

  private static int bit(Mesure m) {
    return 1 << m.ordinal();
  }

  /** L'avertissement d'une attribution dont le seuil de premier quartile est inconnu. */
  /**
   * Le nombre d'avertissements de seuil manquant gardés un à un ; au-delà, un seul avertissement
   * dit combien d'autres attributions sont dans le cas (la mémoire ne croît pas avec le fichier).
   */
  static final int SEUILS_MANQUANTS_LISTES = 1_000;

  /** Les avertissements de seuil manquant : les premiers un à un, puis le compte des autres. */
  static List<Anomalie> avertissementsSeuil(List<Anomalie> premiers, long total, int annee) {
    List<Anomalie> l = new ArrayList<>(premiers);
    if (total > premiers.size()) {
      l.add(new Anomalie(CodeAnomalie.SEUIL_QUARTILE_MANQUANT, "attributions", OptionalLong.empty(),
          (total - premiers.size()) + " autres attributions sans seuil de premier quartile pour leur EPCI en " + annee + " (" + total
              + " en tout) ; comptées en « quartile inconnu »", Optional.of(References.CCH_L441_1_QUARTILE), Gravite.AVERTISSEMENT));
    }
    return l;
  }

  static Anomalie seuilManquant(long rang, String logement, int annee) {
    return new Anomalie(CodeAnomalie.SEUIL_QUARTILE_MANQUANT, "attributions[" + rang + "]", OptionalLong.empty(),
        "logement " + logement + " : seuil de premier quartile inconnu pour son EPCI en " + annee
            + " ; compté en « quartile inconnu »", Optional.of(References.CCH_L441_1_QUARTILE), Gravite.AVERTISSEMENT);
  }

  /**
   * L'accumulateur d'un bilan : à usage local, non partagé entre fils d'exécution. Chaque
   * événement est compté s'il tombe dans l'année ; rien n'est perdu : une attribution dont le
   * quartile ne peut être jugé est comptée en {@link Mesure#QUARTILE_INCONNU} avec un
   * avertissement.
   */
  public static final class Compteur {
    private static final Set<Dimension> TOUTES = EnumSet.allOf(Dimension.class);
    private static final Set<Dimension> TERRITOIRE = EnumSet.of(Dimension.TOTAL, Dimension.COMMUNE, Dimension.EPCI);
    private static final Set<Dimension> TOTAL = EnumSet.of(Dimension.TOTAL);

    private static final Dimension[] DIMENSIONS = Dimension.values();
    private static final Mesure[] MESURES = Mesure.values();

    private final int annee;
    private final SeuilsQuartile seuils;
    /** Le libellé de chaque partie à sa première rencontre, comptée ou non. */
    private final Map<String, String> libellesVus = new HashMap<>();
    private final List<Anomalie> anomalies = new ArrayList<>();
    private long seuilsManquants;
    /** Indice dense de chaque partie (0 : toutes les parties). */
    private final Map<String, Integer> parties = new HashMap<>();
    private final List<String> clesParties = new ArrayList<>();
    /** Indice dense de chaque valeur, par dimension. */
    private final List<Map<String, Integer>> valeurs = new ArrayList<>();
    private final List<List<String>> textesValeurs = new ArrayList<>();
    /** Les compteurs : [partie][mesure][dimension][valeur]. */
    private final List<long[][][]> compteurs = new ArrayList<>();
    private final int[] indices = new int[DIMENSIONS.length];
    private final Map<String, List<String>> listes = new HashMap<>();
    /** Où passent les logements listés ; {@code null} : gardés dans {@link #listes}. */
    private final Listes externes;
    private long vus;
    /** Le rang de l'attribution courante parmi les attributions reçues, pour le chemin des avertissements. */
    private long attributionsVues;

    private Compteur(int annee, SeuilsQuartile seuils, Listes externes) {
      this.annee = annee;
      this.externes = externes;
      this.seuils = Objects.requireNonNull(seuils, "seuils");
      for (int d = 0; d < DIMENSIONS.length; d++) {
        valeurs.add(new HashMap<>());
        textesValeurs.add(new ArrayList<>());
      }
      partie(Cle.TOUS);
    }

    private int partie(String cle) {
      Integer i = parties.get(cle);
      if (i == null) {
        i = clesParties.size();
        parties.put(cle, i);
        clesParties.add(cle);
        long[][][] c = new long[MESURES.length][DIMENSIONS.length][];
        for (long[][] parMesure : c) {
          for (int d = 0; d < DIMENSIONS.length; d++) {
            parMesure[d] = new long[4];
          }
        }
        compteurs.add(c);
      }
      return i;
    }

    private int valeur(int dimension, String texte) {
      Map<String, Integer> m = valeurs.get(dimension);
      Integer i = m.get(texte);
      if (i == null) {
        i = m.size();
        m.put(texte, i);
        textesValeurs.get(dimension).add(texte);
      }
      return i;
    }

    /** Les indices des valeurs de dimension d'un logement, calculés une fois par événement. */
    private void indexer(Logement l) {
      String[] v = valeursDimensions(l);
      for (int d = 0; d < v.length; d++) {
        indices[d] = valeur(d, v[d]);
      }
    }

    private void lister(Mesure m, Reservataire r, Logement l) {
      if (externes != null) {
        externes.lister(m, r.cle(), l.identifiant());
        externes.lister(m, Cle.TOUS, l.identifiant());
        return;
      }
      listes.computeIfAbsent(m.name() + "|" + r.cle(), k -> new ArrayList<>()).add(l.identifiant());
      listes.computeIfAbsent(m.name() + "|" + Cle.TOUS, k -> new ArrayList<>()).add(l.identifiant());
    }

    private void ajouter(Mesure m, Reservataire r, Set<Dimension> dims) {
      ajouter(m, partie(r.cle()), dims);
      ajouter(m, 0, dims);
    }

    private void ajouter(Mesure m, int partie, Set<Dimension> dims) {
      long[][] parMesure = compteurs.get(partie)[m.ordinal()];
      for (Dimension d : dims) {
        int k = d.ordinal();
        int v = indices[k];
        if (v >= parMesure[k].length) {
          parMesure[k] = java.util.Arrays.copyOf(parMesure[k], Math.max(v + 1, parMesure[k].length * 2));
        }
        parMesure[k][v]++;
      }
    }

    /** Compte une libération de l'année. */
    public Compteur liberation(Liberation liberation) {
      vus++;
      if (liberation.date().getYear() == annee) {
        indexer(liberation.logement());
        ajouter(Mesure.LIBERATIONS, 0, TERRITOIRE);
      }
      return this;
    }

    /** Compte une proposition de l'année. */
    public Compteur proposition(Proposition proposition) {
      vus++;
      libellesVus.putIfAbsent(proposition.reservataire().cle(), proposition.reservataire().libelle());
      if (proposition.date().getYear() == annee) {
        indexer(proposition.logement());
        ajouter(Mesure.PROPOSITIONS, proposition.reservataire(), TOUTES);
        lister(Mesure.PROPOSITIONS, proposition.reservataire(), proposition.logement());
      }
      return this;
    }

    /** Compte une attribution : en CALEOL l'année de la décision, en bail l'année de la signature. */
    public Compteur attribution(Attribution a) {
      vus++;
      attributionsVues++;
      Reservataire r = a.contingent();
      libellesVus.putIfAbsent(r.cle(), r.libelle());
      Logement l = a.logement();
      boolean caleol = a.dateCaleol().getYear() == annee;
      boolean bail = a.dateBail().map(d -> d.getYear() == annee).orElse(false);
      if (!caleol && !bail) {
        return this;
      }
      indexer(l);
      boolean horsFlux = a.mutation() || a.horsFlux();
      int q = jugeLeQuartile(bail, horsFlux) ? quartile(a) : QUARTILE_INCONNU;
      Menage m = a.menage();
      for (int bits = mesures(caleol, bail, horsFlux, m.isPrioritaire(), m.dalo(), l.isEnQpv(), m.relogementRenouvellementUrbain(), q);
          bits != 0; bits &= bits - 1) {
        Mesure mesure = MESURES[Integer.numberOfTrailingZeros(bits)];
        if (isVentilee(mesure)) {
          ajouter(mesure, r, TOUTES);
        } else {
          ajouter(mesure, r, TOTAL);
        }
        if (mesure == Mesure.ATTRIBUTIONS_CALEOL) {
          lister(mesure, r, l);
        }
      }
      return this;
    }

    private final Map<String, Optional<BigDecimal>> seuilParEpci = new HashMap<>();

    private int quartile(Attribution a) {
      Optional<BigDecimal> seuil = a.logement().localisation().epci()
          .flatMap(e -> seuilParEpci.computeIfAbsent(e.siren(), k -> seuils.seuil(e, annee)));
      if (seuil.isEmpty()) {
        if (seuilsManquants++ < SEUILS_MANQUANTS_LISTES) {
          anomalies.add(seuilManquant(attributionsVues - 1, a.logement().identifiant(), annee));
        }
        return QUARTILE_INCONNU;
      }
      return SeuilsQuartile.isPremierQuartile(a.menage(), seuil.get()) ? PREMIER_QUARTILE : AU_DELA_DU_PREMIER_QUARTILE;
    }

    /** Le nombre d'événements reçus (comptés ou hors de l'année). */
    public long evenementsRecus() {
      return vus;
    }

    /** Le bilan et ses avertissements. */
    public Resultat<Bilan> toResultat() {
      TreeMap<Cle, Long> c = new TreeMap<>();
      for (int p = 0; p < clesParties.size(); p++) {
        long[][][] parPartie = compteurs.get(p);
        for (Mesure m : MESURES) {
          for (Dimension d : DIMENSIONS) {
            long[] v = parPartie[m.ordinal()][d.ordinal()];
            List<String> textes = textesValeurs.get(d.ordinal());
            for (int i = 0; i < v.length && i < textes.size(); i++) {
              if (v[i] > 0) {
                c.put(new Cle(m, clesParties.get(p), d, textes.get(i)), v[i]);
              }
            }
          }
        }
      }
      TreeMap<String, SortedSet<String>> l = new TreeMap<>();
      listes.forEach((k, v) -> l.put(k, EnsembleTrie.of(v)));
      TreeMap<String, String> libelles = new TreeMap<>();
      for (int p = 1; p < clesParties.size(); p++) {
        libelles.put(clesParties.get(p), libellesVus.get(clesParties.get(p)));
      }
      return Resultat.ok(new Bilan(annee, c, libelles, l), avertissementsSeuil(anomalies, seuilsManquants, annee));
    }

    /** Le bilan, sans ses avertissements. */
    public Bilan toBilan() {
      return toResultat().valeur().orElseThrow();
    }
  }
}
