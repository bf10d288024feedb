package fr.fluxlogement.core.logement;

import fr.fluxlogement.core.territoire.Localisation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Un logement du parc d'un bailleur, tel que le décrit le RPLS (arrêté du 5 janvier 2010), avec ce
 * que l'assiette du flux doit savoir de lui (convention art. 2 ; R.441-5 I CCH).
 *
 * <p>Construit par {@link #builder()} ; immuable ; valide à la construction.
 */
@Value.Immutable
@StyleValeur
public abstract class Logement {

  Logement() {}

  /** Le constructeur. */
  public static ImmutableLogement.Builder builder() {
    return ImmutableLogement.builder();
  }

  /** L'identifiant RPLS ({@code IDENT_REP}) ou, à défaut, l'identifiant interne du bailleur. */
  public abstract String identifiant();

  /** Commune, EPCI et situation au regard des QPV. */
  public abstract Localisation localisation();

  /** Le financement (PLAI, PLUS, PLS, PLI, autre). */
  public abstract Financement financement();

  /** La typologie (T1 à T6+). */
  public abstract Typologie typologie();

  /** L'année d'achèvement de la construction ({@code CONSTRUCT}), si connue. */
  public abstract OptionalInt anneeConstruction();

  /** L'année de première mise en location sociale ({@code LOCAT}), si connue. */
  public abstract OptionalInt anneeMiseEnLocation();

  /** Le mode d'occupation au 1er janvier ({@code MODE}). */
  @Value.Default
  public ModeOccupation modeOccupation() {
    return ModeOccupation.LOUE;
  }

  /** Logement-foyer, résidence sociale, FJT, FTM, structure médico-sociale (convention art. 2). */
  @Value.Default
  public boolean logementFoyer() {
    return false;
  }

  /** Réservation gérée en stock (défense, sécurité intérieure, santé), s'il y en a une. */
  public abstract Optional<ReservationStock> reservationStock();

  /** Mis en vente au titre de L.443-7 ({@code MISCOMMERCIAL = 1}). */
  @Value.Default
  public boolean enVente() {
    return false;
  }

  /** Destiné à la démolition. */
  @Value.Default
  public boolean aDemolir() {
    return false;
  }

  /** Logement neuf destiné au relogement NPNRU (convention art. 5.4). */
  @Value.Default
  public boolean neufNpnru() {
    return false;
  }

  /** L'identifiant du programme auquel il appartient, s'il est connu. */
  public abstract Optional<String> programme();

  /** La date de mise en service, pour un logement neuf. */
  public abstract Optional<LocalDate> dateMiseEnService();

  /** Le contingent de réservation en stock ({@code CONTRESLOG}), s'il est connu. */
  public abstract Optional<ContingentRpls> contingent();

  /** Vrai si le logement est financé en PLI. */
  public boolean isPli() {
    return financement() == Financement.PLI;
  }

  /** Vrai si le logement est en QPV. */
  public boolean isEnQpv() {
    return localisation().qpv().enQpv();
  }

  /** La longueur maximale d'un identifiant de logement. */
  public static final int LONGUEUR_MAXIMALE_IDENTIFIANT = 30;

  /**
   * Vrai si le texte peut identifier un logement : non blanc, de 30 caractères au plus, sans
   * caractère de contrôle ni « ; ».
   *
   * @param id le texte
   * @return vrai s'il est valide
   */
  public static boolean isIdentifiantValide(String id) {
    return !id.isBlank() && id.length() <= LONGUEUR_MAXIMALE_IDENTIFIANT && id.chars().noneMatch(c -> c < 0x20 || c == ';');
  }

  @Value.Check
  void verifier() {
    String id = identifiant();
    if (!isIdentifiantValide(id)) {
      throw new IllegalArgumentException("identifiant de logement invalide : « " + id + " »");
    }
    anneeConstruction().ifPresent(Logement::verifierAnnee);
    anneeMiseEnLocation().ifPresent(Logement::verifierAnnee);
  }

  private static void verifierAnnee(int annee) {
    if (annee < 1800 || annee > 2100) {
      throw new IllegalArgumentException("année hors domaine : " + annee);
    }
  }
}
