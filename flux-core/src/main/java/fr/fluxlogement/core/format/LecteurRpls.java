package fr.fluxlogement.core.format;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.logement.ContingentRpls;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.ImmutableLogement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Le lecteur des fichiers RPLS, en flux (mémoire indépendante de la taille du fichier) : le fichier
 * de collecte des bailleurs (arrêté du 5 janvier 2010, 64 champs séparés par {@code ;}, une ligne
 * d'en-tête) et les fichiers publics « données détaillées au logement » (colonnes majuscules
 * anciennes et {@code *_CODE} des millésimes 2023 et suivants). Les colonnes sont reconnues par
 * l'en-tête, avec leurs alias ({@code DEPCOM}, {@code DEPCOM_CODE}, {@code depcom_code}…).
 *
 * <p>Chaque ligne fautive est rejetée avec toutes ses anomalies (numéro de ligne, champ, raison) ;
 * la lecture ne s'arrête jamais et ne lève jamais d'exception pour des données ; lues = acceptées +
 * rejetées. Deux façons de lire : ligne à ligne, l'appelant fournissant les lignes décodées ; ou
 * depuis les octets (un canal ou un tampon que l'appelant a ouvert), décodés ici ligne à ligne
 * (UTF-8, ou latin-1 pour une ligne qui n'en est pas) et lus en parallèle en morceaux de lignes
 * entières, au résultat identique ({@code docs/decisions/0016}).
 *
 * <p>Correspondances : {@code FINAN}/{@code CUS} → financement ({@link Financement#fromRpls}) ;
 * {@code NBPIECE} → typologie ; {@code MODE} → mode d'occupation (loué si absent, comme dans les
 * fichiers publics) ; {@code QPV} 1 ou un code de quartier → en QPV ; {@code MISCOMMERCIAL} 1 ou
 * {@code SORTIEPATRIM} 1 à 3 → en vente ; {@code SORTIEPATRIM} 4 → démolition ; {@code
 * CONTRESLOG} → contingent ; {@code LOCAT}, {@code CONSTRUCT} → années.
 */
public final class LecteurRpls {

  private LecteurRpls() {}

  /** Nombre maximal d'anomalies conservées (leur total reste compté). */
  public static final int ANOMALIES_CONSERVEES = 1_000;

  /**
   * La longueur maximale d'une ligne, en caractères : une ligne plus longue est rejetée
   * ({@code DEBORDEMENT}) et la lecture continue. Une ligne RPLS de 64 champs en compte quelques
   * centaines.
   */
  public static final int LONGUEUR_MAXIMALE_LIGNE = 65_536;

  static final Map<String, String> ALIAS = Map.copyOf(aliases());

  private static Map<String, String> aliases() {
    Map<String, String> m = new HashMap<>();
    alias(m, "IDENT", "IDENT_REP", "IDENT_INT");
    alias(m, "DEPCOM", "DEPCOM", "DEPCOM_CODE", "DEPCOM_ARM");
    alias(m, "EPCI", "EPCI", "EPCI_CODE");
    alias(m, "QPV", "QPV", "QPV_CODE");
    alias(m, "FINAN", "FINAN", "FINAN_CODE");
    alias(m, "CUS", "CUS", "FINAN_CUS");
    alias(m, "NBPIECE", "NBPIECE");
    alias(m, "MODE", "MODE", "MODE_CODE");
    alias(m, "SORTIEPATRIM", "SORTIEPATRIM");
    alias(m, "MISCOMMERCIAL", "MISCOMMERCIAL");
    alias(m, "CONTRESLOG", "CONTRESLOG");
    alias(m, "LOCAT", "LOCAT");
    alias(m, "CONSTRUCT", "CONSTRUCT");
    alias(m, ColonnesRpls.BAILLEUR, "SIREN_BAILLEUR", "SIREN");
    return m;
  }

  private static void alias(Map<String, String> m, String canonique, String... noms) {
    for (String n : noms) {
      m.put(n.toUpperCase(Locale.ROOT), canonique);
    }
  }

  /**
   * Lit un fichier RPLS donné ligne à ligne (en-tête d'abord) ; chaque logement accepté est passé à
   * {@code sortie} dès sa lecture.
   *
   * @param lignes les lignes du fichier, en-tête compris
   * @param sortie reçoit chaque logement accepté
   * @return le compte rendu de lecture
   */
  public static CompteRenduLecture lire(Iterator<String> lignes, Consumer<Logement> sortie) {
    return LectureEnFlux.lire(lignes, ALIAS, OBLIGATOIRES,
        References.ARRETE_RPLS, (c, index, entete, numero, a) -> logement(c, index, numero, a), sortie);
  }

  static final List<List<String>> OBLIGATOIRES = List.of(List.of("DEPCOM"), List.of("NBPIECE"), List.of("FINAN", "CUS"));

  /**
   * Lit un fichier RPLS depuis ses octets (un canal ouvert par l'appelant, lu jusqu'à sa fin et non
   * fermé), décodés ligne à ligne (UTF-8, ou latin-1 pour une ligne qui n'en est pas), en morceaux
   * lus en parallèle sur {@code executeur} ; chaque logement accepté est passé à {@code sortie}
   * dans l'ordre du fichier, sur le fil appelant. Même résultat que la lecture ligne à ligne
   * ({@link #lire(Iterator, Consumer)}) des lignes du même fichier : mêmes logements dans le même
   * ordre, mêmes anomalies aux mêmes numéros de ligne.
   *
   * @param canal les octets du fichier
   * @param executeur où lire les morceaux ({@code Runnable::run} : sur le fil appelant)
   * @param parallelisme le nombre de fils de {@code executeur} à occuper (au moins 1) ; au plus
   *     {@code 2 × parallelisme + 1} morceaux d'un mégaoctet sont en mémoire à la fois
   * @param sortie reçoit chaque logement accepté
   * @return le compte rendu de lecture et de décodage
   * @throws IOException si le canal ne peut être lu
   */
  public static LectureFichier lire(ReadableByteChannel canal, Executor executeur, int parallelisme, Consumer<Logement> sortie)
      throws IOException {
    return lire(LectureOctets.de(canal), executeur, parallelisme, LectureOctets.TAILLE_MORCEAU, sortie);
  }

  /** Comme {@link #lire(ReadableByteChannel, Executor, int, Consumer)}, depuis un tampon (lu de sa position à sa limite, non modifié). */
  public static LectureFichier lire(ByteBuffer octets, Executor executeur, int parallelisme, Consumer<Logement> sortie) {
    try {
      return lire(LectureOctets.de(octets), executeur, parallelisme, LectureOctets.TAILLE_MORCEAU, sortie);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LectureFichier lire(LectureOctets.Source source, Executor executeur, int parallelisme, int morceau, Consumer<Logement> sortie)
      throws IOException {
    return LectureOctets.valeurs(source, executeur, parallelisme, morceau, ALIAS, OBLIGATOIRES, References.ARRETE_RPLS,
        (c, index, entete, numero, a) -> logement(c, index, numero, a), sortie);
  }

  /**
   * Lit un fichier RPLS depuis ses octets droit aux colonnes d'un {@link ParcLu} (indices denses de
   * commune, d'EPCI et de bailleur, drapeaux, années), sans objet ni chaîne par logement pour les
   * lignes ordinaires ; en morceaux lus en parallèle sur {@code executeur}. Mêmes logements, mêmes
   * anomalies et même comptabilité que la lecture ligne à ligne ; le bailleur d'un logement est la
   * colonne {@code SIREN_BAILLEUR} (ou {@code SIREN}), reprise telle quelle, absente d'un fichier de
   * collecte d'un seul bailleur.
   *
   * @param canal les octets du fichier (lus jusqu'à la fin, non fermé)
   * @param executeur où lire les morceaux ({@code Runnable::run} : sur le fil appelant)
   * @param parallelisme le nombre de fils de {@code executeur} à occuper (au moins 1)
   * @return les colonnes et le compte rendu de lecture
   * @throws IOException si le canal ne peut être lu
   */
  public static ParcLu colonnes(ReadableByteChannel canal, Executor executeur, int parallelisme) throws IOException {
    return colonnes(LectureOctets.de(canal), executeur, parallelisme, LectureOctets.TAILLE_MORCEAU);
  }

  /** Comme {@link #colonnes(ReadableByteChannel, Executor, int)}, depuis un tampon (lu de sa position à sa limite, non modifié). */
  public static ParcLu colonnes(ByteBuffer octets, Executor executeur, int parallelisme) {
    try {
      return colonnes(LectureOctets.de(octets), executeur, parallelisme, LectureOctets.TAILLE_MORCEAU);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParcLu colonnes(LectureOctets.Source source, Executor executeur, int parallelisme, int morceau) throws IOException {
    LectureEnFlux.Entete[] entete = new LectureEnFlux.Entete[1];
    ParcLu.ColonnesCompteur tout = new ParcLu.ColonnesCompteur();
    LectureOctets.FusionCompteur total = LectureOctets.lire(source, executeur, parallelisme, morceau, texte -> {
      entete[0] = LectureEnFlux.Entete.lire(texte.get(), ALIAS, OBLIGATOIRES, References.ARRETE_RPLS);
      return new ColonnesRpls(entete[0]);
    }, p -> tout.ajouter(p.colonnes));
    return ParcLu.of(tout, LectureOctets.conclure(total, entete[0], References.ARRETE_RPLS));
  }

  private static String champ(List<String> c, Map<String, Integer> index, String nom) {
    return LectureEnFlux.champ(c, index, nom);
  }

  /** Un logement depuis les champs d'une ligne ; vide (avec ses anomalies) si la ligne est fautive. */
  static Optional<Logement> logement(List<String> c, Map<String, Integer> index, long numero, List<Anomalie> a) {
    String depcom = champ(c, index, "DEPCOM");
    Optional<Commune> commune = Optional.empty();
    if (Commune.isValide(depcom)) {
      commune = Optional.of(Commune.of(depcom));
    } else {
      a.add(erreur(depcom.isEmpty() ? CodeAnomalie.CHAMP_MANQUANT : CodeAnomalie.FORMAT_INVALIDE, "DEPCOM",
          "code INSEE de commune invalide : " + Masque.de(depcom), numero));
    }
    String epciTexte = champ(c, index, "EPCI");
    Optional<Epci> epci = Optional.empty();
    if (!epciTexte.isEmpty()) {
      if (Epci.isSirenValide(epciTexte)) {
        epci = Optional.of(Epci.of(epciTexte));
      } else {
        a.add(erreur(CodeAnomalie.FORMAT_INVALIDE, "EPCI", "SIREN d'EPCI invalide : " + Masque.de(epciTexte), numero));
      }
    }
    String finan = champ(c, index, "FINAN");
    String cus = champ(c, index, "CUS");
    Optional<Financement> f = Financement.fromRpls(finan, cus);
    if (f.isEmpty()) {
      a.add(erreur(CodeAnomalie.CODE_INCONNU, "FINAN", "financement inconnu : FINAN " + Masque.de(finan) + ", CUS " + Masque.de(cus), numero));
    }
    String nb = champ(c, index, "NBPIECE");
    Optional<Typologie> t = Optional.empty();
    try {
      t = Typologie.fromNombreDePieces(Integer.parseInt(nb));
    } catch (NumberFormatException e) {
      // signalé ci-dessous
    }
    if (t.isEmpty()) {
      a.add(erreur(CodeAnomalie.CODE_INCONNU, "NBPIECE", "nombre de pièces hors de 1 à 9 : " + Masque.de(nb), numero));
    }
    String modeTexte = champ(c, index, "MODE");
    Optional<ModeOccupation> mode = modeTexte.isEmpty() ? Optional.of(ModeOccupation.LOUE) : ModeOccupation.fromCode(modeTexte);
    if (mode.isEmpty()) {
      a.add(erreur(CodeAnomalie.CODE_INCONNU, "MODE", "mode d'occupation inconnu : " + Masque.de(modeTexte), numero));
    }
    String qpvTexte = champ(c, index, "QPV");
    Qpv qpv = Qpv.HORS_QPV;
    if (qpvTexte.equals("1")) {
      qpv = Qpv.EN_QPV;
    } else if (Qpv.isCodeValide(qpvTexte)) {
      qpv = Qpv.of(qpvTexte);
    } else if (!qpvTexte.isEmpty() && !qpvTexte.equals("2") && !qpvTexte.equals("0")) {
      a.add(erreur(CodeAnomalie.CODE_INCONNU, "QPV", "situation QPV inconnue : " + Masque.de(qpvTexte) + " (1, 2 ou un code de quartier)", numero));
    }
    String sortie = champ(c, index, "SORTIEPATRIM");
    if (!sortie.isEmpty() && !unChiffre(sortie, "123459")) {
      a.add(erreur(CodeAnomalie.CODE_INCONNU, "SORTIEPATRIM", "motif de sortie inconnu : " + Masque.de(sortie), numero));
    }
    String mis = champ(c, index, "MISCOMMERCIAL");
    if (!mis.isEmpty() && !mis.equals("1") && !mis.equals("2")) {
      a.add(erreur(CodeAnomalie.CODE_INCONNU, "MISCOMMERCIAL", "valeur inconnue : " + Masque.de(mis) + " (1 ou 2)", numero));
    }
    String contres = champ(c, index, "CONTRESLOG");
    Optional<ContingentRpls> contingent = contres.isEmpty() ? Optional.empty() : ContingentRpls.fromCode(contres);
    if (!contres.isEmpty() && contingent.isEmpty()) {
      a.add(erreur(CodeAnomalie.CODE_INCONNU, "CONTRESLOG", "contingent inconnu : " + Masque.de(contres) + " (1 à 7)", numero));
    }
    Optional<Integer> locat = annee(champ(c, index, "LOCAT"), "LOCAT", numero, a);
    Optional<Integer> construct = annee(champ(c, index, "CONSTRUCT"), "CONSTRUCT", numero, a);
    String id = champ(c, index, "IDENT");
    if (id.isEmpty()) {
      id = "ligne-" + numero;
    } else if (!Logement.isIdentifiantValide(id)) {
      a.add(erreur(CodeAnomalie.FORMAT_INVALIDE, "IDENT_REP", "identifiant invalide (30 caractères au plus, sans « ; » ni caractère "
          + "de contrôle)", numero));
    }
    if (!a.isEmpty()) {
      return Optional.empty();
    }
    ImmutableLogement.Builder b = Logement.builder().identifiant(id).localisation(new Localisation(commune.get(), epci, qpv))
        .financement(f.get()).typologie(t.get()).modeOccupation(mode.get()).contingent(contingent)
        .enVente(mis.equals("1") || unChiffre(sortie, "123")).aDemolir(sortie.equals("4"));
    locat.ifPresent(b::anneeMiseEnLocation);
    construct.ifPresent(b::anneeConstruction);
    return Optional.of(b.build());
  }

  /** Vrai si le texte est un seul caractère, l'un de {@code permis} (sans expression régulière : ligne à ligne). */
  private static boolean unChiffre(String texte, String permis) {
    return texte.length() == 1 && permis.indexOf(texte.charAt(0)) >= 0;
  }


  private static Optional<Integer> annee(String texte, String champ, long numero, List<Anomalie> a) {
    if (texte.isEmpty()) {
      return Optional.empty();
    }
    try {
      int x = Integer.parseInt(texte);
      if (x >= 1800 && x <= 2100) {
        return Optional.of(x);
      }
    } catch (NumberFormatException e) {
      // signalé ci-dessous
    }
    a.add(erreur(CodeAnomalie.FORMAT_INVALIDE, champ, "année aaaa attendue entre 1800 et 2100 : " + Masque.de(texte), numero));
    return Optional.empty();
  }

  private static Anomalie erreur(CodeAnomalie code, String champ, String message, long numero) {
    return Anomalie.erreur(code, champ, message, References.ARRETE_RPLS).aLaLigne(numero);
  }
}
