package fr.fluxlogement.core.format;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Objects;
import java.util.Optional;

/**
 * La lecture stricte des dates venues de l'extérieur : {@code aaaa-mm-jj} ou {@code jj/mm/aaaa},
 * quatre chiffres pour l'année, aucune date ajustée ({@code 31/04/2025} et {@code 2025-02-30} sont
 * refusées, non ramenées au dernier jour du mois), années de {@value #ANNEE_MIN} à
 * {@value #ANNEE_MAX}.
 */
public final class Dates {

  private Dates() {}

  /** La première année admise. */
  public static final int ANNEE_MIN = 1900;

  /** La dernière année admise. */
  public static final int ANNEE_MAX = 2100;


  /** Ce que rend la lecture d'une date : la date, ou la raison du refus. */
  public record Lue(Optional<LocalDate> date, String raison) {

    /** Vrai si la date est lue. */
    public boolean isLue() {
      return date.isPresent();
    }

    /**
     * Le code de l'anomalie d'une date non lue : {@link CodeAnomalie#DATE_INCOHERENTE} pour une
     * date hors des années admises, {@link CodeAnomalie#FORMAT_INVALIDE} sinon (forme fausse, date
     * inexistante).
     *
     * @return le code de l'anomalie
     * @throws IllegalStateException si la date est lue
     */
    public CodeAnomalie code() {
      if (isLue()) {
        throw new IllegalStateException("date lue : aucune anomalie");
      }
      return raison.startsWith(HORS_DES_ANNEES) ? CodeAnomalie.DATE_INCOHERENTE : CodeAnomalie.FORMAT_INVALIDE;
    }
  }

  private static final String HORS_DES_ANNEES = "date hors des années ";

  /**
   * Lit une date venue de l'extérieur, {@code aaaa-mm-jj} ou {@code jj/mm/aaaa}, strictement
   * ({@code 31/04/2025} refusée, non ramenée au 30 avril), années de {@value #ANNEE_MIN} à
   * {@value #ANNEE_MAX}. Aucune exception ; {@code parse(d.toString(), c)} rend {@code d}.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT} (texte {@code null} ou blanc), {@link
   * CodeAnomalie#FORMAT_INVALIDE} (forme fausse, date inexistante), {@link
   * CodeAnomalie#DATE_INCOHERENTE} (hors des années admises).
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return la date, ou son anomalie
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<LocalDate> parse(String texte, String chemin) {
    return resultat(texte, Champ.of(chemin), true);
  }

  /**
   * Comme {@link #parse(String, String)}, pour la seule forme {@code aaaa-mm-jj}.
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return la date, ou son anomalie
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<LocalDate> parseIso(String texte, String chemin) {
    return resultat(texte, Champ.of(chemin), false);
  }

  private static Resultat<LocalDate> resultat(String texte, Champ champ, boolean francaise) {
    return champ.texte(texte, francaise ? "date jj/mm/aaaa ou aaaa-mm-jj" : "date aaaa-mm-jj").flatMap(t -> {
      Lue d = lire(t, francaise);
      return d.isLue() ? Resultat.ok(d.date().get()) : champ.echec(d.code(), d.raison() + " : " + Champ.cite(t));
    });
  }

  /** Vrai si l'année est dans le domaine admis. */
  public static boolean isAnneeAdmise(long annee) {
    return annee >= ANNEE_MIN && annee <= ANNEE_MAX;
  }

  /** Lit une date {@code aaaa-mm-jj}. */
  public static Lue iso(String texte) {
    return lire(texte, false);
  }

  /** Lit une date {@code aaaa-mm-jj} ou {@code jj/mm/aaaa}. */
  public static Lue isoOuFrancaise(String texte) {
    return lire(texte, true);
  }

  private static Lue lire(String texte, boolean francaise) {
    Objects.requireNonNull(texte, "texte");
    String t = texte.strip();
    boolean estIso = forme(t, "dddd-dd-dd");
    boolean estFr = francaise && forme(t, "dd/dd/dddd");
    if (!estIso && !estFr) {
      return new Lue(Optional.empty(), francaise ? "date jj/mm/aaaa ou aaaa-mm-jj attendue" : "date aaaa-mm-jj attendue");
    }
    // la forme est vérifiée : les chiffres lus à la main, le calendrier jugé par LocalDate.of (strict
    // comme le motif uuuu-MM-dd ou dd/MM/uuuu en ResolverStyle.STRICT, sans l'analyseur générique)
    int annee = estIso ? nombre(t, 0, 4) : nombre(t, 6, 4);
    int mois = estIso ? nombre(t, 5, 2) : nombre(t, 3, 2);
    int jour = estIso ? nombre(t, 8, 2) : nombre(t, 0, 2);
    LocalDate d;
    try {
      d = LocalDate.of(annee, mois, jour);
    } catch (DateTimeException e) {
      return new Lue(Optional.empty(), "date inexistante (jour ou mois hors du calendrier)");
    }
    if (!isAnneeAdmise(d.getYear())) {
      return new Lue(Optional.empty(), HORS_DES_ANNEES + ANNEE_MIN + " à " + ANNEE_MAX);
    }
    return new Lue(Optional.of(d), "");
  }

  /** Le nombre écrit en {@code n} chiffres à partir de {@code debut}. */
  private static int nombre(String t, int debut, int n) {
    int x = 0;
    for (int i = debut; i < debut + n; i++) {
      x = x * 10 + t.charAt(i) - '0';
    }
    return x;
  }

  /** Vrai si le texte a la forme donnée ({@code d} : un chiffre, tout autre caractère : lui-même). */
  private static boolean forme(String t, String modele) {
    if (t.length() != modele.length()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char m = modele.charAt(i);
      char c = t.charAt(i);
      if (m == 'd' ? c < '0' || c > '9' : c != m) {
        return false;
      }
    }
    return true;
  }
}
