package fr.fluxlogement.examples.dossier;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.format.CompteRenduLecture;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.rules.droits.ReservationIdentifiee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Les lecteurs des fichiers de l'état des lieux des réservations (décret n° 2020-145, art. 2 II),
 * CSV à point-virgule avec en-tête, comme ceux d'un dossier ({@code docs/dossier.md}) :
 *
 * <ul>
 *   <li>les réservations identifiées : {@code logement;titulaire;origine} obligatoires, {@code fin}
 *       facultative (ISO ou jj/mm/aaaa) ; le titulaire est une clé ({@code COMMUNE-01281},
 *       {@code ACTION-LOGEMENT}, {@code ETAT-PRIORITAIRES}…) ;
 *   <li>les rotations par logement, pour la méthode pondérée par la rotation : {@code logement;taux}.
 * </ul>
 *
 * Chaque ligne est acceptée ou rejetée avec toutes ses anomalies (fichier, ligne, colonne) : lues =
 * acceptées + rejetées.
 */
public final class LecteurReservations {

  private LecteurReservations() {}

  /**
   * Ce qu'un lecteur a lu : les valeurs acceptées et le compte rendu de lecture.
   *
   * @param <T> le type des valeurs
   * @param valeurs les valeurs acceptées, dans l'ordre du fichier
   * @param lecture le compte rendu (lues, acceptées, rejetées, anomalies)
   */
  public record Lu<T>(T valeurs, CompteRenduLecture lecture) {}

  /**
   * Le texte d'un fichier d'au plus {@link LecteurDossier#TAILLE_MAXIMALE_CSV} octets, UTF-8 ou, à
   * défaut, latin-1 ; vide et l'anomalie dite au consommateur s'il est trop grand ou illisible.
   *
   * @param fichier le fichier
   * @param anomalie reçoit l'anomalie éventuelle
   * @return le texte, ou vide
   */
  public static Optional<String> texte(java.nio.file.Path fichier, java.util.function.Consumer<fr.fluxlogement.core.anomalie.Anomalie> anomalie) {
    return LecteurDossier.octets(fichier, LecteurDossier.TAILLE_MAXIMALE_CSV, anomalie).map(LecteurDossier::decoder);
  }

  /**
   * Lit le fichier des réservations identifiées.
   *
   * @param texte le texte du fichier, déjà décodé
   * @param noms les noms des collectivités par code (vide : le code sert de nom)
   * @return les réservations et le compte rendu
   */
  public static Lu<List<ReservationIdentifiee>> reservations(String texte, Map<String, String> noms) {
    List<ReservationIdentifiee> l = new ArrayList<>();
    Bailleur bailleur = new Bailleur("BAILLEUR", "le bailleur");
    CompteRenduLecture b = TableCsv.lire(texte, List.of("logement", "titulaire", "origine"), List.of("fin"), References.DECRET_2020_145, x -> {
      Optional<String> logement = x.exiger("logement");
      Optional<Reservataire> titulaire = x.exiger("titulaire")
          .flatMap(s -> LecteurDossier.reservataire(s, Optional.empty(), noms, bailleur, (c, m) -> x.erreur(c, "titulaire", m)));
      Optional<OrigineDroit> origine = x.exiger("origine").flatMap(s -> origine(x, s));
      Optional<LocalDate> fin = LecteurDossier.date(x, "fin", false);
      if (titulaire.isPresent() && titulaire.get().isBailleur()) {
        x.erreur(CodeAnomalie.HORS_DOMAINE, "titulaire", "une réservation est faite au profit d'un réservataire, pas du bailleur");
      }
      if (x.aDesAnomalies() || logement.isEmpty() || titulaire.isEmpty() || origine.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new ReservationIdentifiee(logement.get(), titulaire.get(), origine.get(), fin));
    }, l::add);
    return new Lu<>(List.copyOf(l), b);
  }

  /**
   * Lit le fichier des rotations par logement.
   *
   * @param texte le texte du fichier, déjà décodé
   * @return la rotation de chaque logement et le compte rendu
   */
  public static Lu<Map<String, Taux>> rotations(String texte) {
    Map<String, Taux> m = new HashMap<>();
    Map<String, Long> vues = new HashMap<>();
    CompteRenduLecture b = TableCsv.lire(texte, List.of("logement", "taux"), List.of(), References.DECRET_2020_145, x -> {
      Optional<String> logement = x.exiger("logement");
      Optional<Taux> taux = x.exiger("taux").flatMap(t -> LecteurDossier.taux(x, "taux", t));
      if (logement.isPresent() && vues.containsKey(logement.get())) {
        x.erreur(CodeAnomalie.DOUBLON, "logement", "logement « " + logement.get() + " » déjà donné à la ligne " + vues.get(logement.get()));
      }
      if (x.aDesAnomalies() || logement.isEmpty() || taux.isEmpty()) {
        return Optional.empty();
      }
      vues.put(logement.get(), x.numero());
      return Optional.of(Map.entry(logement.get(), taux.get()));
    }, e -> m.put(e.getKey(), e.getValue()));
    return new Lu<>(Map.copyOf(m), b);
  }

  /** L'origine d'un droit par son nom (casse indifférente) ; vide et une anomalie sinon. */
  static Optional<OrigineDroit> origine(TableCsv.Ligne x, String s) {
    for (OrigineDroit o : OrigineDroit.values()) {
      if (o.name().equalsIgnoreCase(s)) {
        return Optional.of(o);
      }
    }
    List<String> noms = new ArrayList<>();
    for (OrigineDroit o : OrigineDroit.values()) {
      noms.add(o.name().toLowerCase(Locale.ROOT));
    }
    x.erreur(CodeAnomalie.CODE_INCONNU, "origine", "origine inconnue « " + s + " » (attendu : " + String.join(", ", noms) + ")");
    return Optional.empty();
  }
}
