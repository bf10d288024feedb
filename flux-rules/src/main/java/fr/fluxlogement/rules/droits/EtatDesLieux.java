package fr.fluxlogement.rules.droits;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * L'état des lieux des réservations en stock et leur conversion en taux de flux (décret n° 2020-145
 * du 20 février 2020, art. 2 II ; CCH L.441-1 et R.441-5), à ses deux niveaux :
 *
 * <ul>
 *   <li><b>le logement</b> : chaque logement réservé de l'assiette, son réservataire, l'origine du droit
 *       et sa fin ({@link #lignes()}) ;
 *   <li><b>le réservataire</b> : ses logements réservés en vigueur, par origine, ses dates de fin, ses
 *       droits échus, et le taux de flux qui en résulte par la méthode choisie ({@link #syntheses()}).
 * </ul>
 *
 * <p>Les droits en vigueur deviennent des {@link DroitReservation} situés dans la commune de leurs
 * logements et commençant à la date de l'état des lieux ({@link Synthese#droits()}) : l'état des
 * droits de la convention les reprend (taux = droits ÷ assiette, CCH R.441-5). Un droit échu à la
 * date de l'état des lieux est compté comme tel et ne se convertit pas. Les réservations du préfet
 * figurent dans l'état des lieux et leur taux est calculé, mais elles ne deviennent pas des droits :
 * en flux, la part de l'État est fixée par la convention dans les limites de R.441-5-2 (30 % au plus,
 * dont 5 % pour les agents publics), non par son stock.
 *
 * <p>Pour commencer : {@link #etablir}.
 */
public final class EtatDesLieux {

  private static final Comparator<Reservataire> PAR_CLE = Comparator.comparing(Reservataire::cle);

  private final LocalDate date;
  private final MethodeConversion methode;
  private final long logementsAssiette;
  private final List<Ligne> lignes;
  private final List<Synthese> syntheses;
  private final Taux nonReserve;
  private final Explication explication;

  private EtatDesLieux(LocalDate date, MethodeConversion methode, long logementsAssiette, List<Ligne> lignes, List<Synthese> syntheses,
      Taux nonReserve, Explication explication) {
    this.date = date;
    this.methode = methode;
    this.logementsAssiette = logementsAssiette;
    this.lignes = List.copyOf(lignes);
    this.syntheses = List.copyOf(syntheses);
    this.nonReserve = nonReserve;
    this.explication = explication;
  }

  /**
   * Une ligne au niveau du logement.
   *
   * @param reservation la réservation identifiée
   * @param commune la commune du logement
   * @param enVigueur vrai si le droit court à la date de l'état des lieux
   */
  public record Ligne(ReservationIdentifiee reservation, Commune commune, boolean enVigueur) {

    /**
     * Valide.
     *
     * @throws NullPointerException si un argument est nul
     */
    public Ligne {
      Objects.requireNonNull(reservation, "reservation");
      Objects.requireNonNull(commune, "commune");
    }
  }

  /**
   * La synthèse d'un réservataire.
   *
   * @param titulaire le réservataire
   * @param logements ses logements réservés dont le droit est en vigueur
   * @param echus ses logements dont le droit est échu à la date de l'état des lieux
   * @param parOrigine ses logements en vigueur par origine du droit (origines présentes seulement)
   * @param sansFin ses logements en vigueur dont le droit n'a pas de fin connue
   * @param premiereFin la plus proche fin de ses droits en vigueur
   * @param derniereFin la plus lointaine fin de ses droits en vigueur
   * @param taux le taux de flux converti, par la méthode de l'état des lieux
   * @param droits ses droits en vigueur, par origine, commune et fin, à reprendre dans l'état des droits
   *     (vide pour l'État, dont la part en flux suit R.441-5-2)
   * @param explication le calcul de son taux
   */
  public record Synthese(
      Reservataire titulaire,
      long logements,
      long echus,
      Map<OrigineDroit, Long> parOrigine,
      long sansFin,
      Optional<LocalDate> premiereFin,
      Optional<LocalDate> derniereFin,
      Taux taux,
      List<DroitReservation> droits,
      Explication explication) {

    /**
     * Valide et fige.
     *
     * @throws NullPointerException si un argument est nul
     */
    public Synthese {
      Objects.requireNonNull(titulaire, "titulaire");
      parOrigine = java.util.Collections.unmodifiableMap(parOrigine.isEmpty() ? new EnumMap<>(OrigineDroit.class) : new EnumMap<>(parOrigine));
      Objects.requireNonNull(premiereFin, "premiereFin");
      Objects.requireNonNull(derniereFin, "derniereFin");
      Objects.requireNonNull(taux, "taux");
      droits = List.copyOf(droits);
      Objects.requireNonNull(explication, "explication");
    }
  }

  /**
   * Établit l'état des lieux.
   *
   * <p>Anomalies, toutes rendues ensemble : une réservation sur un logement absent de l'assiette
   * ({@link CodeAnomalie#REFERENCE_INCONNUE}) ; un logement réservé deux fois par des droits en vigueur
   * ({@link CodeAnomalie#DOUBLON}) ; une réservation au nom du bailleur ({@link CodeAnomalie#HORS_DOMAINE}) ;
   * avec la méthode {@link MethodeConversion#ROTATION}, un logement sans rotation connue ({@link
   * CodeAnomalie#ROTATION_MANQUANTE}). Le chemin de chaque anomalie est {@code reservations[i]} (rang de
   * la réservation) ou {@code logements[i]}.
   *
   * @param date la date de l'état des lieux (celle de la conversion)
   * @param assiette les logements de l'assiette du flux, tous (réservés ou non)
   * @param reservations les réservations identifiées
   * @param methode la méthode de conversion retenue par la convention
   * @param rotation la rotation de chaque logement (ou de son programme), lue seulement par la méthode
   *     {@link MethodeConversion#ROTATION} ; une valeur absente est une anomalie
   * @return l'état des lieux, ou toutes les anomalies
   * @throws NullPointerException si un argument est nul (erreur de programmation)
   */
  public static Resultat<EtatDesLieux> etablir(LocalDate date, List<Logement> assiette, List<ReservationIdentifiee> reservations,
      MethodeConversion methode, Function<Logement, Optional<Taux>> rotation) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(assiette, "assiette");
    Objects.requireNonNull(reservations, "reservations");
    Objects.requireNonNull(methode, "methode");
    Objects.requireNonNull(rotation, "rotation");
    List<Anomalie> anomalies = new ArrayList<>();
    Map<String, Logement> parIdentifiant = new HashMap<>();
    for (int i = 0; i < assiette.size(); i++) {
      Logement l = assiette.get(i);
      if (parIdentifiant.putIfAbsent(l.identifiant(), l) != null) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.DOUBLON, "logements[" + i + "]", "logement « " + l.identifiant()
            + " » donné deux fois dans l'assiette", References.DECRET_2020_145));
      }
    }
    Map<String, Fraction> poids = new HashMap<>();
    Fraction total = Fraction.ZERO;
    for (int i = 0; i < assiette.size(); i++) {
      Logement l = assiette.get(i);
      Fraction p = Fraction.UN;
      if (methode == MethodeConversion.ROTATION) {
        Optional<Taux> r = rotation.apply(l);
        if (r == null || r.isEmpty()) {
          anomalies.add(Anomalie.erreur(CodeAnomalie.ROTATION_MANQUANTE, "logements[" + i + "]", "rotation inconnue pour le logement « "
              + l.identifiant() + " » : la méthode pondérée par la rotation la demande pour chaque logement", References.DECRET_2020_145));
          continue;
        }
        p = r.get().valeur();
      }
      if (poids.putIfAbsent(l.identifiant(), p) == null) {
        total = total.plus(p);
      }
    }
    List<Ligne> lignes = new ArrayList<>();
    Map<String, Integer> reserveEnVigueur = new HashMap<>();
    for (int i = 0; i < reservations.size(); i++) {
      ReservationIdentifiee r = Objects.requireNonNull(reservations.get(i), "reservation");
      String chemin = "reservations[" + i + "]";
      Logement l = parIdentifiant.get(r.logement());
      if (r.titulaire().isBailleur()) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, chemin, "une réservation est faite au profit d'un réservataire, "
            + "pas du bailleur lui-même", References.DECRET_2020_145));
        continue;
      }
      if (l == null) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.REFERENCE_INCONNUE, chemin, "logement « " + r.logement() + " » absent de l'assiette : "
            + "réservation gérée en stock hors du flux (défense, sécurité intérieure, santé) ou logement inconnu", References.DECRET_2020_145));
        continue;
      }
      boolean enVigueur = r.isEnVigueur(date);
      if (enVigueur) {
        Integer avant = reserveEnVigueur.putIfAbsent(r.logement(), i);
        if (avant != null) {
          anomalies.add(Anomalie.erreur(CodeAnomalie.DOUBLON, chemin, "logement « " + r.logement() + " » déjà réservé par un droit en "
              + "vigueur (réservation de rang " + avant + ") : un logement identifié n'a qu'un réservataire", References.DECRET_2020_145));
          continue;
        }
      }
      lignes.add(new Ligne(r, l.localisation().commune(), enVigueur));
    }
    if (anomalies.stream().anyMatch(Anomalie::isErreur)) {
      return Resultat.echec(anomalies);
    }
    return Resultat.ok(construire(date, methode, assiette.size(), lignes, poids, total), anomalies);
  }

  private static EtatDesLieux construire(LocalDate date, MethodeConversion methode, long taille, List<Ligne> lignes,
      Map<String, Fraction> poids, Fraction total) {
    Map<Reservataire, List<Ligne>> parTitulaire = new TreeMap<>(PAR_CLE);
    for (Ligne l : lignes) {
      parTitulaire.computeIfAbsent(l.reservation().titulaire(), k -> new ArrayList<>()).add(l);
    }
    List<Synthese> syntheses = new ArrayList<>();
    List<Explication> enfants = new ArrayList<>();
    Fraction reserve = Fraction.ZERO;
    for (Map.Entry<Reservataire, List<Ligne>> e : parTitulaire.entrySet()) {
      Synthese s = synthese(date, methode, e.getKey(), e.getValue(), poids, total);
      syntheses.add(s);
      enfants.add(s.explication());
      reserve = reserve.plus(s.taux().valeur());
    }
    Taux nonReserve = total.isZero() ? Taux.ZERO : Taux.of(Fraction.UN.moins(reserve));
    enfants.add(Explication.of("part non réservée", nonReserve.toPourcentFrancais(), "100 % − Σ taux des réservataires",
        List.of(References.DECRET_2020_145), List.of()));
    Explication ex = Explication.of("état des lieux des réservations au " + date + " (" + methode.libelle() + ")",
        lignes.stream().filter(Ligne::enVigueur).count() + " logements réservés sur " + taille,
        "taux = " + methode.formule(),
        List.of(References.DECRET_2020_145, References.CLAUSE_ETAT_DES_DROITS), enfants);
    return new EtatDesLieux(date, methode, taille, lignes, syntheses, nonReserve, ex);
  }

  private static Synthese synthese(LocalDate date, MethodeConversion methode, Reservataire titulaire, List<Ligne> lignes,
      Map<String, Fraction> poids, Fraction total) {
    long logements = 0;
    long echus = 0;
    long sansFin = 0;
    EnumMap<OrigineDroit, Long> parOrigine = new EnumMap<>(OrigineDroit.class);
    Optional<LocalDate> premiere = Optional.empty();
    Optional<LocalDate> derniere = Optional.empty();
    Fraction p = Fraction.ZERO;
    record Groupe(OrigineDroit origine, String commune, Optional<LocalDate> fin) {}
    Map<Groupe, Long> groupes = new TreeMap<>(Comparator.comparing(Groupe::origine).thenComparing(Groupe::commune)
        .thenComparing(g -> g.fin().orElse(LocalDate.MAX)));
    Map<String, Commune> communes = new LinkedHashMap<>();
    for (Ligne l : lignes) {
      ReservationIdentifiee r = l.reservation();
      if (!l.enVigueur()) {
        echus++;
        continue;
      }
      logements++;
      parOrigine.merge(r.origine(), 1L, Long::sum);
      if (r.fin().isEmpty()) {
        sansFin++;
      } else {
        LocalDate f = r.fin().get();
        premiere = Optional.of(premiere.filter(x -> x.isBefore(f)).orElse(f));
        derniere = Optional.of(derniere.filter(x -> x.isAfter(f)).orElse(f));
      }
      p = p.plus(poids.get(r.logement()));
      communes.putIfAbsent(l.commune().code(), l.commune());
      groupes.merge(new Groupe(r.origine(), l.commune().code(), r.fin()), 1L, Long::sum);
    }
    List<DroitReservation> droits = new ArrayList<>();
    for (Map.Entry<Groupe, Long> g : titulaire.isEtat() ? Map.<Groupe, Long>of().entrySet() : groupes.entrySet()) {
      DroitReservation d = DroitReservation.of(titulaire, g.getKey().origine(), g.getValue(), date).withCommune(communes.get(g.getKey().commune()));
      if (g.getKey().fin().isPresent()) {
        d = d.withFin(g.getKey().fin().get());
      }
      droits.add(d);
    }
    Taux taux = total.isZero() ? Taux.ZERO : Taux.of(p.diviserPar(total));
    Explication ex = Explication.of(titulaire.libelle(), taux.toPourcentFrancais(),
        p.toDecimalFrancais(4) + " ÷ " + total.toDecimalFrancais(4) + " " + methode.unite() + " ; logements en vigueur : " + logements
            + ", droits échus : " + echus,
        List.of(References.DECRET_2020_145, References.CLAUSE_ETAT_DES_DROITS), List.of());
    return new Synthese(titulaire, logements, echus, parOrigine, sansFin, premiere, derniere, taux, droits, ex);
  }

  /**
   * La date de l'état des lieux.
   *
   * @return la date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * La méthode de conversion retenue.
   *
   * @return la méthode
   */
  public MethodeConversion methode() {
    return methode;
  }

  /**
   * Le nombre de logements de l'assiette.
   *
   * @return le nombre de logements
   */
  public long logementsAssiette() {
    return logementsAssiette;
  }

  /**
   * Les lignes au niveau du logement, dans l'ordre des réservations données.
   *
   * @return les lignes
   */
  public List<Ligne> lignes() {
    return lignes;
  }

  /**
   * Les synthèses par réservataire, dans l'ordre de leurs clés.
   *
   * @return les synthèses
   */
  public List<Synthese> syntheses() {
    return syntheses;
  }

  /**
   * La synthèse d'un réservataire, s'il a au moins une réservation (en vigueur ou échue).
   *
   * @param titulaire le réservataire
   * @return sa synthèse, ou vide
   */
  public Optional<Synthese> synthese(Reservataire titulaire) {
    return syntheses.stream().filter(s -> s.titulaire().cle().equals(titulaire.cle())).findFirst();
  }

  /**
   * La part de l'assiette qui ne revient à aucun réservataire (le complément des taux).
   *
   * @return le taux non réservé
   */
  public Taux nonReserve() {
    return nonReserve;
  }

  /**
   * L'explication de la conversion : un enfant par réservataire, puis la part non réservée.
   *
   * @return l'explication
   */
  public Explication explication() {
    return explication;
  }
}
