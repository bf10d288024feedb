package fr.fluxlogement.rules.exercice;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.droits.EtatDesDroits;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.flux.CalculFlux;
import fr.fluxlogement.rules.flux.EntreesFlux;
import fr.fluxlogement.rules.flux.FluxAnnuel;
import fr.fluxlogement.rules.flux.RepartitionDuFlux;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * La chaîne des figures d'une convention sur son territoire, de l'assiette aux objectifs : les taux
 * des titulaires de droits au 1er janvier (convention art. 3 et 6 ; CCH R.441-5), le flux annuel
 * (art. 4.1 ; R.441-5-1) et sa répartition en objectifs (art. 6 ; R.441-5-2 pour les parts du
 * préfet). C'est le seul endroit où ces règles s'enchaînent : {@link CalculExercice} l'emploie pour
 * chaque convention de l'exercice, et le moteur des dossiers de cas pour ses sections {@code droits},
 * {@code flux} et {@code reservataires}.
 *
 * <p>Chaque étape est calculée quand elle est demandée et que ses entrées sont là : les taux quand des
 * droits sont donnés ({@link Entrees#withDroits}), le flux quand ses entrées le sont ({@link
 * Entrees#withFlux}), les objectifs quand la répartition est demandée ({@link Entrees#withRepartition}).
 * Une étape demandée dont une entrée manque donne une anomalie {@link CodeAnomalie#CHAMP_MANQUANT} ;
 * une étape dont une étape amont a échoué n'est pas calculée (l'anomalie est à l'amont). Les anomalies
 * de chaque étape restent dans son {@link Resultat}, sans chemin : l'appelant les situe.
 *
 * @param taux les taux des titulaires de droits, si des droits ont été donnés
 * @param flux le flux annuel, si ses entrées ont été données
 * @param objectifs la répartition du flux entre les parties, si elle a été demandée et que le flux et
 *     les taux ont pu être calculés
 */
public record ChaineConvention(
    Optional<Resultat<List<TauxReservataire>>> taux,
    Optional<Resultat<FluxAnnuel>> flux,
    Optional<Resultat<RepartitionDuFlux>> objectifs) {

  /**
   * Fige ; refuse les {@code null}.
   *
   * @throws NullPointerException si un argument est {@code null}
   */
  public ChaineConvention {
    Objects.requireNonNull(taux, "taux");
    Objects.requireNonNull(flux, "flux");
    Objects.requireNonNull(objectifs, "objectifs");
  }

  /**
   * Les entrées de la chaîne d'une convention, chacune facultative sauf l'année, le bailleur et les
   * paramètres ; un appelant part de {@link #of} et ajoute ce qu'il sait.
   *
   * @param annee l'année N de l'exercice (taux et objectifs au 1er janvier de N)
   * @param assiette la taille de l'assiette du territoire (art. 2), base des taux
   * @param droits les droits situés sur le territoire de la convention, si les taux sont demandés
   * @param programmes les identifiants des programmes connus, pour refuser un droit sur un programme
   *     inconnu (vide : aucun contrôle)
   * @param fluxEntrees les entrées du flux annuel, si le flux est demandé
   * @param fluxDonne un flux annuel donné tel quel, quand il n'est pas calculé (il cède au flux calculé)
   * @param tauxAjoutes les taux qui ne viennent pas des droits (parts du préfet fixées par sa
   *     convention, taux donnés), présents si la répartition en objectifs est demandée ; ils priment
   *     sur les taux calculés d'un même réservataire
   * @param bailleur le bailleur, qui garde la part non réservée
   * @param parametres les paramètres applicables (ceux de la convention, qui surchargent les nationaux)
   */
  public record Entrees(
      int annee,
      OptionalLong assiette,
      Optional<List<DroitReservation>> droits,
      Set<String> programmes,
      Optional<EntreesFlux> fluxEntrees,
      OptionalLong fluxDonne,
      Optional<Map<Reservataire, Taux>> tauxAjoutes,
      Bailleur bailleur,
      Parametres parametres) {

    /**
     * Fige ; refuse les {@code null}.
     *
     * @throws NullPointerException si un argument est {@code null}
     */
    public Entrees {
      Objects.requireNonNull(assiette, "assiette");
      droits = Objects.requireNonNull(droits, "droits").map(List::copyOf);
      programmes = Set.copyOf(programmes);
      Objects.requireNonNull(fluxEntrees, "fluxEntrees");
      Objects.requireNonNull(fluxDonne, "fluxDonne");
      tauxAjoutes = Objects.requireNonNull(tauxAjoutes, "tauxAjoutes").map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
      Objects.requireNonNull(bailleur, "bailleur");
      Objects.requireNonNull(parametres, "parametres");
    }

    /**
     * Des entrées vides : rien n'est demandé.
     *
     * @param annee l'année N
     * @param bailleur le bailleur
     * @param parametres les paramètres applicables
     * @return les entrées, à compléter par les méthodes {@code with*}
     * @throws NullPointerException si le bailleur ou les paramètres sont {@code null}
     */
    public static Entrees of(int annee, Bailleur bailleur, Parametres parametres) {
      return new Entrees(annee, OptionalLong.empty(), Optional.empty(), Set.of(), Optional.empty(), OptionalLong.empty(), Optional.empty(),
          bailleur, parametres);
    }

    /**
     * Les mêmes entrées avec la taille de l'assiette.
     *
     * @param n le nombre de logements de l'assiette (art. 2)
     * @return les nouvelles entrées
     */
    public Entrees withAssiette(long n) {
      return new Entrees(annee, OptionalLong.of(n), droits, programmes, fluxEntrees, fluxDonne, tauxAjoutes, bailleur, parametres);
    }

    /**
     * Les mêmes entrées avec des droits : les taux sont demandés.
     *
     * @param d les droits situés sur le territoire de la convention
     * @param programmesConnus les identifiants des programmes connus (vide : aucun contrôle)
     * @return les nouvelles entrées
     */
    public Entrees withDroits(List<DroitReservation> d, Set<String> programmesConnus) {
      return new Entrees(annee, assiette, Optional.of(d), programmesConnus, fluxEntrees, fluxDonne, tauxAjoutes, bailleur, parametres);
    }

    /**
     * Les mêmes entrées avec celles du flux annuel : le flux est demandé, sur l'assiette que portent
     * ces entrées.
     *
     * @param e les entrées du flux (rotations, mutations, relogements)
     * @return les nouvelles entrées
     */
    public Entrees withFlux(EntreesFlux e) {
      return new Entrees(annee, assiette, droits, programmes, Optional.of(e), fluxDonne, tauxAjoutes, bailleur, parametres);
    }

    /**
     * Les mêmes entrées avec un flux annuel donné tel quel, employé quand aucun flux n'est calculé.
     *
     * @param logements le flux annuel, en logements
     * @return les nouvelles entrées
     */
    public Entrees withFluxDonne(long logements) {
      return new Entrees(annee, assiette, droits, programmes, fluxEntrees, OptionalLong.of(logements), tauxAjoutes, bailleur, parametres);
    }

    /**
     * Les mêmes entrées, la répartition du flux en objectifs demandée, avec des taux qui s'ajoutent à
     * ceux des droits.
     *
     * @param ajoutes les taux qui ne viennent pas des droits (vide : seuls ceux des droits)
     * @return les nouvelles entrées
     */
    public Entrees withRepartition(Map<Reservataire, Taux> ajoutes) {
      return new Entrees(annee, assiette, droits, programmes, fluxEntrees, fluxDonne, Optional.of(ajoutes), bailleur, parametres);
    }
  }

  /**
   * Calcule la chaîne ; ne lève pas d'exception sur des données.
   *
   * @param e les entrées
   * @return les étapes demandées, chacune avec ses anomalies
   * @throws NullPointerException si {@code e} est {@code null}
   */
  public static ChaineConvention calculer(Entrees e) {
    Objects.requireNonNull(e, "e");
    Optional<Resultat<List<TauxReservataire>>> taux = e.droits().map(d -> e.assiette().isPresent()
        ? new EtatDesDroits(d).taux(e.annee(), e.assiette().getAsLong(), e.programmes())
        : Resultat.echec(Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, "", "les taux se calculent sur une assiette : assiette manquante")));
    Optional<Resultat<FluxAnnuel>> flux = e.fluxEntrees().map(CalculFlux::calculer);
    Optional<Resultat<RepartitionDuFlux>> objectifs = e.tauxAjoutes().flatMap(ajoutes -> repartir(e, taux, flux, ajoutes));
    return new ChaineConvention(taux, flux, objectifs);
  }

  private static Optional<Resultat<RepartitionDuFlux>> repartir(
      Entrees e, Optional<Resultat<List<TauxReservataire>>> taux, Optional<Resultat<FluxAnnuel>> flux, Map<Reservataire, Taux> ajoutes) {
    if (taux.isPresent() && !taux.get().isValide() || flux.isPresent() && !flux.get().isValide()) {
      return Optional.empty();
    }
    OptionalLong f = flux.isPresent() ? OptionalLong.of(flux.get().valeurOuLever().flux()) : e.fluxDonne();
    if (f.isEmpty()) {
      return Optional.of(Resultat.echec(Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, "",
          "les objectifs répartissent un flux : flux annuel manquant (ni calculé ni donné)")));
    }
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    taux.ifPresent(r -> r.valeurOuLever().forEach(x -> t.put(x.reservataire(), x.taux())));
    t.putAll(ajoutes);
    return Optional.of(RepartitionDuFlux.repartir(LocalDate.of(e.annee(), 1, 1), f.getAsLong(), t, e.bailleur(), e.parametres()));
  }

  /**
   * Toutes les erreurs des étapes calculées, dans l'ordre de la chaîne (taux, flux, objectifs).
   *
   * @return les erreurs, vide si toutes les étapes demandées sont valides
   */
  public List<Anomalie> erreurs() {
    List<Anomalie> l = new ArrayList<>();
    taux.ifPresent(r -> l.addAll(r.erreurs()));
    flux.ifPresent(r -> l.addAll(r.erreurs()));
    objectifs.ifPresent(r -> l.addAll(r.erreurs()));
    return List.copyOf(l);
  }
}
