package fr.fluxlogement.rules.exercice;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.delais.EvenementProposition;
import fr.fluxlogement.rules.flux.MotifRelogement;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * L'exercice annuel d'un bailleur dans un département (CCH R.441-5 : une convention par
 * réservataire et par département, à l'échelle de son territoire pour une commune ou un EPCI) :
 * tout ce qu'il faut pour calculer, pour chaque convention, l'assiette de son territoire, l'état des
 * droits et les taux au 1er janvier, le flux annuel et les objectifs, l'annexe ; puis, quand l'année
 * est connue, l'orientation de chaque logement libéré, le cycle de chaque proposition, les objectifs
 * d'attribution et le bilan. Se calcule par {@link CalculExercice#calculer(Exercice)}.
 *
 * <p>Immuable ; se construit par {@link #builder(Bailleur, int, Departement)}. Aucune donnée n'est
 * validée ici, hormis les {@code null} : les données externes le sont par le calcul, qui rend toutes
 * les anomalies ensemble.
 *
 * @param bailleur le bailleur (SIREN et nom)
 * @param annee l'année N de l'exercice
 * @param departement le département
 * @param conventions les conventions du bailleur dans le département, une par réservataire
 * @param parc les logements du bailleur au 1er janvier N (RPLS N)
 * @param programmes les programmes et leurs garanties d'emprunt (droits de l'art. 3), et ceux en
 *     première mise en location
 * @param droits les autres droits (apports, contributions), chacun situé par son programme ou sa
 *     commune
 * @param rotations les taux de rotation départementaux publiés (RPLS), par année
 * @param tauxMutationsCus le taux de mutations internes de la CUS, s'il y en a un
 * @param relogements les relogements prévus dans l'année, par commune et par motif
 * @param premieresLocations pour chaque programme en première mise en location dans l'année, la part
 *     négociée de chaque financeur (art. 5.3 ; l'État a sa part réglementaire)
 * @param seuils les seuils du premier quartile par EPCI et par année
 * @param noms les noms des territoires (communes, EPCI, département), pour les annexes
 * @param liberations les logements libérés dans l'année, s'ils sont connus
 * @param evenements les événements de la proposition de chaque logement libéré, par identifiant de
 *     logement (l'offre au réservataire orienté est ajoutée si elle manque)
 * @param attributions les attributions de l'année (SNE), s'il y en a
 * @param envoiBilan la date d'envoi du bilan aux réservataires, si elle est connue
 * @param parametres les paramètres nationaux (les clauses de chaque convention s'y ajoutent)
 * @param illustratif vrai si les données sont illustratives, ce que disent les annexes
 */
public record Exercice(
    Bailleur bailleur,
    int annee,
    Departement departement,
    List<Convention> conventions,
    List<Logement> parc,
    List<Programme> programmes,
    List<DroitReservation> droits,
    Map<Integer, Taux> rotations,
    Optional<Taux> tauxMutationsCus,
    Map<Commune, Map<MotifRelogement, Long>> relogements,
    Map<String, Map<Reservataire, Taux>> premieresLocations,
    SeuilsQuartile seuils,
    Map<Territoire, String> noms,
    List<Liberation> liberations,
    Map<String, List<EvenementProposition>> evenements,
    List<Attribution> attributions,
    Optional<LocalDate> envoiBilan,
    Parametres parametres,
    boolean illustratif) {

  /** Fige les collections ; refuse les {@code null}. */
  public Exercice {
    Objects.requireNonNull(bailleur, "bailleur");
    Objects.requireNonNull(departement, "departement");
    conventions = List.copyOf(conventions);
    parc = List.copyOf(parc);
    programmes = List.copyOf(programmes);
    droits = List.copyOf(droits);
    rotations = Collections.unmodifiableMap(new TreeMap<>(rotations));
    Objects.requireNonNull(tauxMutationsCus, "tauxMutationsCus");
    Map<Commune, Map<MotifRelogement, Long>> r = new TreeMap<>((a, b) -> a.code().compareTo(b.code()));
    relogements.forEach((c, m) -> {
      EnumMap<MotifRelogement, Long> e = new EnumMap<>(MotifRelogement.class);
      e.putAll(m);
      r.put(c, Collections.unmodifiableMap(e));
    });
    relogements = Collections.unmodifiableMap(r);
    Map<String, Map<Reservataire, Taux>> pl = new TreeMap<>();
    premieresLocations.forEach((k, v) -> pl.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    premieresLocations = Collections.unmodifiableMap(pl);
    Objects.requireNonNull(seuils, "seuils");
    noms = Collections.unmodifiableMap(new LinkedHashMap<>(noms));
    liberations = List.copyOf(liberations);
    Map<String, List<EvenementProposition>> ev = new TreeMap<>();
    evenements.forEach((k, v) -> ev.put(k, List.copyOf(v)));
    evenements = Collections.unmodifiableMap(ev);
    attributions = List.copyOf(attributions);
    Objects.requireNonNull(envoiBilan, "envoiBilan");
    Objects.requireNonNull(parametres, "parametres");
  }

  /**
   * Un constructeur pas à pas.
   *
   * @param bailleur le bailleur
   * @param annee l'année N
   * @param departement le département
   * @return le constructeur, aux paramètres nationaux et sans donnée
   */
  public static Builder builder(Bailleur bailleur, int annee, Departement departement) {
    return new Builder(bailleur, annee, departement);
  }

  /**
   * Le constructeur pas à pas initialisé de cet exercice, pour en dériver un autre.
   *
   * @return le constructeur
   */
  public Builder toBuilder() {
    Builder b = new Builder(bailleur, annee, departement);
    b.conventions.addAll(conventions);
    b.parc.addAll(parc);
    b.programmes.addAll(programmes);
    b.droits.addAll(droits);
    b.rotations.putAll(rotations);
    b.tauxMutationsCus = tauxMutationsCus;
    b.relogements.putAll(relogements);
    b.premieresLocations.putAll(premieresLocations);
    b.seuils = seuils;
    b.noms.putAll(noms);
    b.liberations.addAll(liberations);
    b.evenements.putAll(evenements);
    b.attributions.addAll(attributions);
    b.envoiBilan = envoiBilan;
    b.parametres = parametres;
    b.illustratif = illustratif;
    return b;
  }

  /**
   * Le nom d'un territoire, son libellé officiel s'il n'est pas donné.
   *
   * @param territoire le territoire
   * @return son nom
   */
  public String nom(Territoire territoire) {
    return noms.getOrDefault(Objects.requireNonNull(territoire, "territoire"), territoire.libelle());
  }

  /** Constructeur pas à pas d'un {@link Exercice} ; ni immuable ni partageable entre fils. */
  public static final class Builder {
    private final Bailleur bailleur;
    private final int annee;
    private final Departement departement;
    private final List<Convention> conventions = new ArrayList<>();
    private final List<Logement> parc = new ArrayList<>();
    private final List<Programme> programmes = new ArrayList<>();
    private final List<DroitReservation> droits = new ArrayList<>();
    private final Map<Integer, Taux> rotations = new TreeMap<>();
    private Optional<Taux> tauxMutationsCus = Optional.empty();
    private final Map<Commune, Map<MotifRelogement, Long>> relogements = new LinkedHashMap<>();
    private final Map<String, Map<Reservataire, Taux>> premieresLocations = new LinkedHashMap<>();
    private SeuilsQuartile seuils = SeuilsQuartile.vide();
    private final Map<Territoire, String> noms = new LinkedHashMap<>();
    private final List<Liberation> liberations = new ArrayList<>();
    private final Map<String, List<EvenementProposition>> evenements = new LinkedHashMap<>();
    private final List<Attribution> attributions = new ArrayList<>();
    private Optional<LocalDate> envoiBilan = Optional.empty();
    private Parametres parametres = Parametres.nationaux();
    private boolean illustratif;

    private Builder(Bailleur bailleur, int annee, Departement departement) {
      this.bailleur = Objects.requireNonNull(bailleur, "bailleur");
      this.annee = annee;
      this.departement = Objects.requireNonNull(departement, "departement");
    }

    /**
     * Ajoute une convention.
     *
     * @param c la convention
     * @return ce constructeur
     */
    public Builder convention(Convention c) {
      conventions.add(Objects.requireNonNull(c, "convention"));
      return this;
    }

    /**
     * Ajoute des logements au parc du 1er janvier.
     *
     * @param logements les logements
     * @return ce constructeur
     */
    public Builder parc(List<Logement> logements) {
      parc.addAll(logements);
      return this;
    }

    /**
     * Ajoute des programmes (garanties d'emprunt, premières mises en location).
     *
     * @param l les programmes
     * @return ce constructeur
     */
    public Builder programmes(List<Programme> l) {
      programmes.addAll(l);
      return this;
    }

    /**
     * Ajoute des droits de réservation (apports, contributions), chacun situé.
     *
     * @param l les droits
     * @return ce constructeur
     */
    public Builder droits(List<DroitReservation> l) {
      droits.addAll(l);
      return this;
    }

    /**
     * Donne les taux de rotation départementaux.
     *
     * @param m le taux de chaque année
     * @return ce constructeur
     */
    public Builder rotations(Map<Integer, Taux> m) {
      rotations.putAll(m);
      return this;
    }

    /**
     * Donne le taux de mutations internes de la CUS.
     *
     * @param t le taux
     * @return ce constructeur
     */
    public Builder tauxMutationsCus(Taux t) {
      tauxMutationsCus = Optional.of(t);
      return this;
    }

    /**
     * Donne les relogements prévus dans une commune.
     *
     * @param commune la commune
     * @param m le nombre par motif
     * @return ce constructeur
     */
    public Builder relogements(Commune commune, Map<MotifRelogement, Long> m) {
      relogements.put(Objects.requireNonNull(commune, "commune"), Map.copyOf(m));
      return this;
    }

    /**
     * Donne les parts des financeurs d'un programme en première mise en location.
     *
     * @param programme l'identifiant du programme
     * @param financeurs la part de chaque financeur, hors État
     * @return ce constructeur
     */
    public Builder premiereLocation(String programme, Map<Reservataire, Taux> financeurs) {
      premieresLocations.put(Objects.requireNonNull(programme, "programme"), new LinkedHashMap<>(financeurs));
      return this;
    }

    /**
     * Donne les seuils du premier quartile.
     *
     * @param s les seuils
     * @return ce constructeur
     */
    public Builder seuils(SeuilsQuartile s) {
      seuils = Objects.requireNonNull(s, "seuils");
      return this;
    }

    /**
     * Nomme un territoire.
     *
     * @param territoire le territoire
     * @param nom son nom, par exemple celui de la commune
     * @return ce constructeur
     */
    public Builder nom(Territoire territoire, String nom) {
      noms.put(Objects.requireNonNull(territoire, "territoire"), Objects.requireNonNull(nom, "nom"));
      return this;
    }

    /**
     * Ajoute des libérations de l'année.
     *
     * @param l les libérations
     * @return ce constructeur
     */
    public Builder liberations(List<Liberation> l) {
      liberations.addAll(l);
      return this;
    }

    /**
     * Donne les événements de la proposition d'un logement libéré.
     *
     * @param logement l'identifiant du logement
     * @param l ses événements, dans l'ordre
     * @return ce constructeur
     */
    public Builder evenements(String logement, List<EvenementProposition> l) {
      evenements.put(Objects.requireNonNull(logement, "logement"), List.copyOf(l));
      return this;
    }

    /**
     * Ajoute des attributions de l'année.
     *
     * @param l les attributions
     * @return ce constructeur
     */
    public Builder attributions(List<Attribution> l) {
      attributions.addAll(l);
      return this;
    }

    /**
     * Donne la date d'envoi du bilan.
     *
     * @param date la date
     * @return ce constructeur
     */
    public Builder envoiBilan(LocalDate date) {
      envoiBilan = Optional.of(date);
      return this;
    }

    /**
     * Donne d'autres paramètres de base.
     *
     * @param p les paramètres
     * @return ce constructeur
     */
    public Builder parametres(Parametres p) {
      parametres = Objects.requireNonNull(p, "parametres");
      return this;
    }

    /**
     * Déclare les données illustratives.
     *
     * @param oui vrai si elles le sont
     * @return ce constructeur
     */
    public Builder illustratif(boolean oui) {
      illustratif = oui;
      return this;
    }

    /**
     * L'exercice.
     *
     * @return l'exercice immuable
     */
    public Exercice build() {
      return new Exercice(bailleur, annee, departement, conventions, parc, programmes, droits, rotations, tauxMutationsCus, relogements,
          premieresLocations, seuils, noms, liberations, evenements, attributions, envoiBilan, parametres, illustratif);
    }
  }
}
