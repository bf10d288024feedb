package fr.fluxlogement.core.format;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.CleReservataire;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.ImmutableLogement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.MotifPriorite;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.NombresLus;
import fr.fluxlogement.core.reference.References;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Le lecteur des enregistrements d'attribution du SNE (arrêté du 17 septembre 2012 : SIREN du
 * bailleur, date du bail, mutation, identifiant RPLS du logement, accord collectif, DALO, contingent
 * imputé), enrichis des ressources déclarées du ménage pour les objectifs de quartile (format :
 * {@code docs/formats.md}). En flux ; chaque ligne fautive est rejetée avec toutes ses anomalies ;
 * lues = acceptées + rejetées.
 *
 * <p>Le logement est cherché par son identifiant RPLS dans un index fourni (un fichier RPLS lu
 * avant) ; à défaut, les colonnes {@code DEPCOM}, {@code NBPIECE}, {@code FINAN} (et {@code EPCI},
 * {@code QPV}) de la ligne le décrivent, lues comme une ligne RPLS.
 *
 * <p>Contingent : 1 État (fonctionnaires), 2 État (prioritaires), 3 collectivité (la commune du
 * logement), 4 employeurs (Action Logement), 5 autre, 0 ou vide : non réservé (le bailleur) ; ou une
 * clé ({@code COMMUNE-01281}, {@code EPCI-…}, {@code DEPARTEMENT-01}).
 */
public final class LecteurSne {

  private LecteurSne() {}

  static final Map<String, String> ALIAS = Map.ofEntries(
      Map.entry("SIREN_BAILLEUR", "SIREN"), Map.entry("SIREN", "SIREN"), Map.entry("DATE_BAIL", "DATE_BAIL"),
      Map.entry("DATE_CALEOL", "DATE_CALEOL"), Map.entry("MUTATION", "MUTATION"), Map.entry("RPLS", "RPLS"),
      Map.entry("IDENT_REP", "RPLS"), Map.entry("ACCORD_COLLECTIF", "ACCORD"), Map.entry("DALO", "DALO"),
      Map.entry("CONTINGENT", "CONTINGENT"), Map.entry("RESSOURCES", "RESSOURCES"), Map.entry("UC", "UC"),
      Map.entry("PRIORITAIRE", "PRIORITAIRE"), Map.entry("RELOGEMENT_ANRU", "ANRU"), Map.entry("HORS_FLUX", "HORS_FLUX"));

  /**
   * Lit les attributions.
   *
   * @param lignes les lignes, en-tête d'abord
   * @param logements l'index RPLS (identifiant → logement), éventuellement vide
   * @param bailleur le bailleur (pour la part non réservée)
   * @param sortie reçoit chaque attribution acceptée
   * @return le compte rendu de lecture
   */
  public static CompteRenduLecture lire(Iterator<String> lignes, Function<String, Optional<Logement>> logements, Bailleur bailleur,
      Consumer<Attribution> sortie) {
    return LectureEnFlux.lire(lignes, ALIAS, OBLIGATOIRES,
        References.ARRETE_SNE, (c, index, entete, numero, a) -> attribution(c, index, entete, numero, logements, bailleur, a), sortie);
  }

  static final List<List<String>> OBLIGATOIRES = List.of(List.of("DATE_BAIL"), List.of("CONTINGENT"), List.of("RESSOURCES"),
      List.of("UC"));

  /**
   * Lit les attributions depuis les octets du fichier (un canal ouvert par l'appelant, lu jusqu'à
   * sa fin et non fermé), décodés ligne à ligne (UTF-8, ou latin-1 pour une ligne qui n'en est
   * pas), en morceaux lus en parallèle sur {@code executeur} ; chaque attribution acceptée est
   * passée à {@code sortie} dans l'ordre du fichier, sur le fil appelant. Même résultat que la
   * lecture ligne à ligne des lignes du même fichier.
   *
   * @param canal les octets du fichier
   * @param logements l'index RPLS, appelé depuis plusieurs fils : il doit le permettre (une carte
   *     immuable, par exemple)
   * @param bailleur le bailleur (pour la part non réservée)
   * @param executeur où lire les morceaux ({@code Runnable::run} : sur le fil appelant)
   * @param parallelisme le nombre de fils de {@code executeur} à occuper (au moins 1)
   * @param sortie reçoit chaque attribution acceptée
   * @return le compte rendu de lecture et de décodage
   * @throws IOException si le canal ne peut être lu
   */
  public static LectureFichier lire(ReadableByteChannel canal, Function<String, Optional<Logement>> logements, Bailleur bailleur,
      Executor executeur, int parallelisme, Consumer<Attribution> sortie) throws IOException {
    return lire(LectureOctets.de(canal), logements, bailleur, executeur, parallelisme, LectureOctets.TAILLE_MORCEAU, sortie);
  }

  /** Comme {@link #lire(ReadableByteChannel, Function, Bailleur, Executor, int, Consumer)}, depuis un tampon (non modifié). */
  public static LectureFichier lire(ByteBuffer octets, Function<String, Optional<Logement>> logements, Bailleur bailleur,
      Executor executeur, int parallelisme, Consumer<Attribution> sortie) {
    try {
      return lire(LectureOctets.de(octets), logements, bailleur, executeur, parallelisme, LectureOctets.TAILLE_MORCEAU, sortie);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LectureFichier lire(LectureOctets.Source source, Function<String, Optional<Logement>> logements, Bailleur bailleur,
      Executor executeur, int parallelisme, int morceau, Consumer<Attribution> sortie) throws IOException {
    return LectureOctets.valeurs(source, executeur, parallelisme, morceau, ALIAS, OBLIGATOIRES, References.ARRETE_SNE,
        (c, index, entete, numero, a) -> attribution(c, index, entete, numero, logements, bailleur, a), sortie);
  }

  private static String champ(List<String> c, Map<String, Integer> index, String nom) {
    return LectureEnFlux.champ(c, index, nom);
  }

  private static Optional<Attribution> attribution(List<String> c, Map<String, Integer> index, String entete, long numero,
      Function<String, Optional<Logement>> logements, Bailleur bailleur, List<Anomalie> a) {
    Optional<LocalDate> bail = date(champ(c, index, "DATE_BAIL"), "DATE_BAIL", numero, a, true);
    String caleolTexte = champ(c, index, "DATE_CALEOL");
    Optional<LocalDate> caleol = caleolTexte.isEmpty() ? bail : date(caleolTexte, "DATE_CALEOL", numero, a, true);
    boolean mutation = drapeau(champ(c, index, "MUTATION"), "MUTATION", numero, a);
    boolean dalo = drapeau(champ(c, index, "DALO"), "DALO", numero, a);
    boolean prioritaire = drapeau(champ(c, index, "PRIORITAIRE"), "PRIORITAIRE", numero, a);
    boolean anru = drapeau(champ(c, index, "ANRU"), "RELOGEMENT_ANRU", numero, a);
    boolean horsFlux = drapeau(champ(c, index, "HORS_FLUX"), "HORS_FLUX", numero, a);
    Optional<BigDecimal> ressources = decimal(champ(c, index, "RESSOURCES"), "RESSOURCES", numero, a);
    Optional<Fraction> uc = nombre(champ(c, index, "UC"), "UC", numero, a);
    if (ressources.isPresent() && ressources.get().signum() < 0) {
      a.add(erreur(CodeAnomalie.NOMBRE_NEGATIF, "RESSOURCES", "ressources négatives", numero));
    }
    if (uc.isPresent() && uc.get().signum() <= 0) {
      a.add(erreur(CodeAnomalie.HORS_DOMAINE, "UC", "unités de consommation non positives", numero));
    }
    Optional<Logement> logement = Optional.empty();
    String rpls = champ(c, index, "RPLS");
    if (!rpls.isEmpty()) {
      logement = logements.apply(rpls);
    }
    if (logement.isEmpty()) {
      List<Logement> lu = new ArrayList<>();
      CompteRenduLecture bl = LecteurRpls.lire(List.of(entete, String.join(";", echapper(c))).iterator(), lu::add);
      if (lu.isEmpty()) {
        for (Anomalie x : bl.anomalies()) {
          a.add(new Anomalie(x.code(), "logement." + x.chemin(), java.util.OptionalLong.of(numero), x.message(), x.reference(), x.gravite()));
        }
        if (!rpls.isEmpty()) {
          a.add(erreur(CodeAnomalie.REFERENCE_INCONNUE, "RPLS", "logement " + Masque.de(rpls) + " absent du RPLS et non décrit par la ligne", numero));
        }
      } else if (rpls.isEmpty()) {
        // un logement décrit par la ligne, sans identifiant RPLS : identifié par sa ligne du fichier SNE
        logement = Optional.of(ImmutableLogement.copyOf(lu.get(0)).withIdentifiant("sne-ligne-" + numero));
      } else if (!Logement.isIdentifiantValide(rpls)) {
        a.add(erreur(CodeAnomalie.FORMAT_INVALIDE, "RPLS", "identifiant invalide (30 caractères au plus, sans « ; » ni caractère de "
            + "contrôle)", numero));
      } else {
        // l'identifiant est celui de la colonne RPLS, quel que soit le nom de la colonne que la ligne décrite a lue
        logement = Optional.of(ImmutableLogement.copyOf(lu.get(0)).withIdentifiant(rpls));
      }
    }
    Optional<Reservataire> contingent = contingent(champ(c, index, "CONTINGENT"), logement, bailleur, numero, a);
    if (bail.isPresent() && caleol.isPresent() && bail.get().isBefore(caleol.get())) {
      a.add(erreur(CodeAnomalie.DATE_INCOHERENTE, "DATE_BAIL", "bail du " + bail.get() + " avant la CALEOL du " + caleol.get(), numero));
    }
    if (!a.isEmpty() || logement.isEmpty() || contingent.isEmpty() || bail.isEmpty() || caleol.isEmpty()
        || ressources.isEmpty() || uc.isEmpty()) {
      return Optional.empty();
    }
    // au centime comme Fraction.toBigDecimal(2) : exact, sans division, pour un montant d'au plus deux décimales
    BigDecimal r = ressources.get();
    BigDecimal montant = r.scale() <= 2 ? r.setScale(2) : Fraction.of(r).toBigDecimal(2);
    Menage m = Menage.of(montant, uc.get()).withDalo(dalo).withRelogementRenouvellementUrbain(anru);
    if (prioritaire) {
      m = m.withMotifs(Set.of(MotifPriorite.actuels().get(2)));
    }
    return Optional.of(new Attribution(logement.get(), contingent.get(), m, caleol.get(), bail, mutation, horsFlux));
  }

  private static List<String> echapper(List<String> c) {
    List<String> l = new ArrayList<>();
    for (String s : c) {
      l.add(s.indexOf(';') >= 0 || s.indexOf('"') >= 0 ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
    }
    return l;
  }

  private static Optional<Reservataire> contingent(String code, Optional<Logement> l, Bailleur bailleur, long numero, List<Anomalie> a) {
    switch (code) {
      case "", "0":
        return Optional.of(bailleur.partNonReservee());
      case "1":
        return Optional.of(Etat.AGENTS_PUBLICS);
      case "2":
        return Optional.of(Etat.PRIORITAIRES);
      case "3":
        return l.map(x -> Collectivite.commune(x.localisation().commune(), x.localisation().commune().code()));
      case "4":
        return Optional.of(ActionLogement.INSTANCE);
      case "5":
        return Optional.of(new AutreReservataire("AUTRE", "autre réservataire"));
      default:
        // une clé de réservataire, lue comme partout ailleurs (le nom d'une collectivité n'est pas
        // dans le fichier : son code en tient lieu)
        Resultat<CleReservataire> cle = CleReservataire.parse(code, "CONTINGENT");
        if (cle.isValide()) {
          CleReservataire k = cle.valeurOuLever();
          if (k.equals(CleReservataire.de(bailleur.partNonReservee()))) {
            return Optional.of(bailleur.partNonReservee());
          }
          return Optional.of(k.reservataire(k.code().isEmpty() ? k.toString() : k.code()));
        }
        a.add(erreur(CodeAnomalie.CODE_INCONNU, "CONTINGENT", "contingent inconnu : " + Masque.de(code) + " (0 à 5 ou une clé)", numero));
        return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String t, String champ, long numero, List<Anomalie> a, boolean obligatoire) {
    if (t.isEmpty()) {
      if (obligatoire) {
        a.add(erreur(CodeAnomalie.CHAMP_MANQUANT, champ, "date manquante", numero));
      }
      return Optional.empty();
    }
    Dates.Lue d = Dates.isoOuFrancaise(t);
    if (!d.isLue()) {
      a.add(erreur(d.code(), champ, d.raison() + " : " + Masque.de(t), numero));
    }
    return d.date();
  }

  private static boolean drapeau(String t, String champ, long numero, List<Anomalie> a) {
    // les codes usuels d'abord, sans passer en minuscules
    switch (t) {
      case "", "0", "2":
        return false;
      case "1":
        return true;
      default:
        break;
    }
    switch (t.toLowerCase(Locale.ROOT)) {
      case "", "0", "2", "n", "non":
        return false;
      case "1", "o", "oui":
        return true;
      default:
        a.add(erreur(CodeAnomalie.CODE_INCONNU, champ, "oui/non attendu (1/2, O/N) : " + Masque.de(t), numero));
        return false;
    }
  }

  /** La longueur maximale d'un montant ou d'un nombre d'unités de consommation. */
  static final int CARACTERES_NOMBRE = Menage.MAX_CARACTERES_NOMBRE;

  private static Optional<Fraction> nombre(String t, String champ, long numero, List<Anomalie> a) {
    return decimal(t, champ, numero, a).map(Fraction::of);
  }

  /** Comme {@link #nombre}, en décimal exact (mêmes anomalies), lu par {@link NombresLus#decimal}. */
  private static Optional<BigDecimal> decimal(String t, String champ, long numero, List<Anomalie> a) {
    Resultat<BigDecimal> r = NombresLus.decimal(t, Champ.of(champ, References.ARRETE_SNE), CARACTERES_NOMBRE);
    for (Anomalie x : r.anomalies()) {
      a.add(x.aLaLigne(numero));
    }
    return r.valeur();
  }

  private static Anomalie erreur(CodeAnomalie code, String champ, String message, long numero) {
    return Anomalie.erreur(code, champ, message, References.ARRETE_SNE).aLaLigne(numero);
  }
}
