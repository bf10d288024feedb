package fr.fluxlogement.core.parametre;

import fr.fluxlogement.core.quantite.Arrondi;
import fr.fluxlogement.core.quantite.Delai;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Reference;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Un jeu de paramètres datés : pour chaque {@link Parametre}, sa {@link Chronologie}. Le jeu
 * {@link #nationaux()} porte les valeurs nationales (provenance {@link Provenance#NATIONAL}) et les
 * lectures par défaut de la convention fondatrice (provenance {@link Provenance#CONVENTION}) ; une convention ou un avenant les surcharge à partir d'une date par {@link
 * #withSurcharge}, et l'explication d'une figure dit quelle valeur s'est appliquée et pourquoi.
 */
public final class Parametres {

  /** Premier jour du domaine de dates de la bibliothèque. */
  public static final LocalDate DOMAINE_DEBUT = LocalDate.of(1900, 1, 1);

  /** Dernier jour du domaine de dates de la bibliothèque. */
  public static final LocalDate DOMAINE_FIN = LocalDate.of(2100, 12, 31);

  /** Plafond global des réservations contre garantie d'emprunt : 20 % des logements du programme. [K] */
  public static final Parametre<Taux> PLAFOND_GARANTIES =
      new Parametre<>("plafond_garanties", "plafond des droits issus des garanties d'emprunt", Taux.class);

  /**
   * Arrondi du total des droits issus des garanties d'un programme : par défaut à l'entier
   * inférieur, puisque tous les garants ensemble ne peuvent dépasser 20 % des logements de
   * l'opération (ancien R.441-5, [K]) ; des délibérations arrondissent au plus proche, ce qu'une
   * clause de la convention peut retenir (décision 0016).
   */
  public static final Parametre<Arrondi> ARRONDI_GARANTIES =
      new Parametre<>("arrondi_garanties", "arrondi du total des droits issus des garanties", Arrondi.class);

  /** Durée de prorogation des droits d'une commune ou d'un EPCI garant après remboursement (R.441-6). */
  public static final Parametre<Integer> PROROGATION_GARANTIE_ANNEES =
      new Parametre<>("prorogation_garantie_annees", "prorogation des droits après remboursement du prêt garanti (années)", Integer.class);

  /** Part maximale du préfet dans le flux annuel (R.441-5-2 I). */
  public static final Parametre<Taux> PLAFOND_PREFET =
      new Parametre<>("plafond_prefet", "part maximale du préfet dans le flux annuel", Taux.class);

  /** Part maximale des agents civils et militaires de l'État dans le flux (R.441-5-2 I). */
  public static final Parametre<Taux> PLAFOND_AGENTS =
      new Parametre<>("plafond_agents", "part maximale des agents publics dans le flux annuel", Taux.class);

  /**
   * Part du flux annuel réservée par le préfet aux ménages prioritaires, par défaut le plafond de
   * R.441-5-2 I moins la part des agents (25 %) ; la convention du préfet peut fixer moins.
   */
  public static final Parametre<Taux> PART_PREFET_PRIORITAIRES =
      new Parametre<>("part_prefet_prioritaires", "part du flux réservée par le préfet aux ménages prioritaires", Taux.class);

  /**
   * Part du flux annuel réservée par le préfet aux agents civils et militaires de l'État, par
   * défaut le plafond de R.441-5-2 I (5 %) ; la convention du préfet peut fixer moins.
   */
  public static final Parametre<Taux> PART_PREFET_AGENTS =
      new Parametre<>("part_prefet_agents", "part du flux réservée par le préfet aux agents publics", Taux.class);

  /** Part minimale des logements du préfet situés hors QPV (R.441-5-2 II, lecture retenue). */
  public static final Parametre<Taux> PREFET_HORS_QPV_MINIMUM =
      new Parametre<>("prefet_hors_qpv_minimum", "part minimale hors QPV des logements du préfet", Taux.class);

  /** Objectif d'attributions aux ménages prioritaires par contingent (L.441-1). */
  public static final Parametre<Taux> OBJECTIF_PRIORITAIRES =
      new Parametre<>("objectif_prioritaires", "part des attributions aux ménages prioritaires", Taux.class);

  /** Objectif d'attributions hors QPV au premier quartile (L.441-1). */
  public static final Parametre<Taux> OBJECTIF_Q1_HORS_QPV =
      new Parametre<>("objectif_q1_hors_qpv", "part des attributions hors QPV au premier quartile", Taux.class);

  /** Objectif d'attributions en QPV aux quartiles 2 à 4 (L.441-1 ; taux de la CIA sinon). */
  public static final Parametre<Taux> OBJECTIF_Q2_Q4_EN_QPV =
      new Parametre<>("objectif_q2_q4_en_qpv", "part des attributions en QPV aux quartiles 2 à 4", Taux.class);

  /** Taux de mutations internes retenu en l'absence d'objectif de la CUS (convention art. 2). */
  public static final Parametre<Taux> TAUX_MUTATIONS_DEFAUT =
      new Parametre<>("taux_mutations_defaut", "taux de mutations internes par défaut", Taux.class);

  /** Part de l'État dans la première mise en location d'un programme neuf (convention art. 5.3). */
  public static final Parametre<Taux> PART_ETAT_PROGRAMMES_NEUFS =
      new Parametre<>("part_etat_programmes_neufs", "part de l'État à la première mise en location", Taux.class);

  /** Arrondi du flux annuel prévisionnel en logements entiers (lecture de l'art. 4.1). */
  public static final Parametre<Arrondi> ARRONDI_FLUX =
      new Parametre<>("arrondi_flux", "arrondi du flux annuel", Arrondi.class);

  /** Délai des trois candidats, parc existant, préavis d'un mois (convention art. 6). */
  public static final Parametre<Delai> DELAI_CANDIDATS_PREAVIS_1_MOIS =
      new Parametre<>("delai_candidats_preavis_1_mois", "délai de proposition des candidats (préavis d'un mois)", Delai.class);

  /** Délai des trois candidats, parc existant, préavis de trois mois (convention art. 6). */
  public static final Parametre<Delai> DELAI_CANDIDATS_PREAVIS_3_MOIS =
      new Parametre<>("delai_candidats_preavis_3_mois", "délai de proposition des candidats (préavis de trois mois)", Delai.class);

  /** Délai des trois candidats, parc neuf (convention art. 6). */
  public static final Parametre<Delai> DELAI_CANDIDATS_PARC_NEUF =
      new Parametre<>("delai_candidats_parc_neuf", "délai de proposition des candidats (parc neuf)", Delai.class);

  /** Délai pour informer le bailleur de l'impossibilité de désigner (convention art. 6). */
  public static final Parametre<Delai> DELAI_IMPOSSIBILITE =
      new Parametre<>("delai_impossibilite", "délai d'information de l'impossibilité de désigner", Delai.class);

  /** Avance de la transmission des éléments d'un logement neuf sur sa mise en service (art. 6). */
  public static final Parametre<Delai> AVANCE_INFORMATION_PARC_NEUF =
      new Parametre<>("avance_information_parc_neuf", "transmission avant la mise en service (parc neuf)", Delai.class);

  /** Un délai qui expire un jour non ouvré est-il reporté au prochain jour ouvré ? (lecture [K]) */
  public static final Parametre<Boolean> REPORT_JOUR_NON_OUVRE =
      new Parametre<>("report_jour_non_ouvre", "report d'un délai expirant un jour non ouvré", Boolean.class);

  /** Nombre de candidats proposés par logement (R.441-3 ; convention art. 5.1). */
  public static final Parametre<Integer> NOMBRE_CANDIDATS =
      new Parametre<>("nombre_candidats", "nombre de candidats par logement", Integer.class);

  /** Le Vendredi saint est-il férié dans tout le département en Alsace-Moselle ? (L.3134-13, [P]) */
  public static final Parametre<Boolean> VENDREDI_SAINT_ALSACE_MOSELLE =
      new Parametre<>("vendredi_saint_alsace_moselle", "Vendredi saint férié dans tout le département", Boolean.class);

  /** Durée initiale de la convention en années (convention art. 7). */
  public static final Parametre<Integer> DUREE_CONVENTION_ANNEES =
      new Parametre<>("duree_convention_annees", "durée initiale de la convention (années)", Integer.class);

  /** Nombre maximal de reconductions tacites d'un an (convention art. 7). */
  public static final Parametre<Integer> RECONDUCTIONS_MAXIMUM =
      new Parametre<>("reconductions_maximum", "nombre maximal de reconductions tacites d'un an", Integer.class);

  private static final Parametres NATIONAUX = construireNationaux();

  private final Map<Parametre<?>, Chronologie<?>> chronologies;

  private Parametres(Map<Parametre<?>, Chronologie<?>> chronologies) {
    this.chronologies = Collections.unmodifiableMap(new LinkedHashMap<>(chronologies));
  }

  /** Les valeurs nationales et les lectures par défaut, chacune avec sa source. */
  public static Parametres nationaux() {
    return NATIONAUX;
  }

  /**
   * Les valeurs datées viennent des fichiers {@code flux-core/src/main/parametres/*.properties},
   * un par paramètre, traduits en code à la construction ({@code ParametresNationaux}, engendré) :
   * la bibliothèque ne lit aucun fichier à l'exécution.
   */
  private static Parametres construireNationaux() {
    Map<Parametre<?>, Chronologie<?>> m = new LinkedHashMap<>();
    ParametresNationaux.remplir(m);
    return new Parametres(m);
  }

  /** La provenance d'une valeur selon sa source : clause de convention, ou valeur nationale. */
  static Provenance provenance(Reference source) {
    return source.isClause() ? Provenance.CONVENTION : Provenance.NATIONAL;
  }

  /** Les clés de ce jeu, dans l'ordre de déclaration. */
  public List<Parametre<?>> cles() {
    return List.copyOf(chronologies.keySet());
  }

  /** La chronologie d'un paramètre, vide s'il n'en a pas. */
  @SuppressWarnings("unchecked")
  public <T> Chronologie<T> chronologie(Parametre<T> parametre) {
    Chronologie<?> c = chronologies.get(Objects.requireNonNull(parametre, "parametre"));
    return c == null ? new Chronologie<>(List.of()) : (Chronologie<T>) c;
  }

  /**
   * La valeur datée qui s'applique à une date, avec sa source et sa provenance.
   *
   * @throws ParametreManquantException si aucune valeur ne couvre la date
   */
  public <T> ValeurDatee<T> valeurDatee(Parametre<T> parametre, LocalDate date) {
    return chronologie(parametre).valeurA(date).orElseThrow(() -> new ParametreManquantException(parametre, date));
  }

  /**
   * La valeur qui s'applique à une date.
   *
   * @throws ParametreManquantException si aucune valeur ne couvre la date
   */
  public <T> T valeur(Parametre<T> parametre, LocalDate date) {
    return valeurDatee(parametre, date).valeur();
  }

  /**
   * Un nouveau jeu où la valeur donnée s'applique à partir de {@code depuis}, sans fin.
   *
   * @param <T> le type de la valeur
   * @param parametre le paramètre
   * @param depuis le premier jour où la valeur s'applique
   * @param valeur la valeur
   * @param source le texte qui la fixe
   * @param provenance qui l'a fixée
   * @return le nouveau jeu
   */
  public <T> Parametres withSurcharge(
      Parametre<T> parametre, LocalDate depuis, T valeur, Reference source, Provenance provenance) {
    return withValeur(parametre, new ValeurDatee<>(depuis, Optional.empty(), valeur, source, provenance));
  }

  /**
   * Un nouveau jeu où la valeur datée remplace les autres sur sa période.
   *
   * @param <T> le type de la valeur
   * @param parametre le paramètre
   * @param valeur la valeur datée
   * @return le nouveau jeu
   * @throws IllegalArgumentException si la valeur n'est pas du type du paramètre
   */
  public <T> Parametres withValeur(Parametre<T> parametre, ValeurDatee<T> valeur) {
    if (!parametre.type().isInstance(valeur.valeur())) {
      throw new IllegalArgumentException("valeur de type " + valeur.valeur().getClass().getSimpleName()
          + " pour le paramètre " + parametre.nom());
    }
    Map<Parametre<?>, Chronologie<?>> m = new LinkedHashMap<>(chronologies);
    m.put(parametre, chronologie(parametre).withValeur(valeur));
    return new Parametres(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parametres p && chronologies.equals(p.chronologies);
  }

  @Override
  public int hashCode() {
    return chronologies.hashCode();
  }

  @Override
  public String toString() {
    return "Parametres" + chronologies;
  }
}
