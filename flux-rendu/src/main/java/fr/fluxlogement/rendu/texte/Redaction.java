package fr.fluxlogement.rendu.texte;

import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.explication.Francais;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.convention.Annexe;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Les tournures françaises du modèle d'annexe de la convention, communes au texte et à la page :
 * « Commune », « communal », « la commune d'Ornex », « du département de l'Ain »…
 *
 * @param annexe l'annexe rédigée
 */
public record Redaction(Annexe annexe) {

  /** Refuse {@code null}. */
  public Redaction {
    Objects.requireNonNull(annexe, "annexe");
  }

  /**
   * Une date en {@code jj/mm/aaaa}.
   *
   * @param d la date
   * @return le texte
   */
  public static String date(LocalDate d) {
    return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /**
   * « Commune », « EPCI » ou « Département », en tête de l'annexe.
   *
   * @return le genre du territoire
   */
  public String genre() {
    Territoire t = annexe.territoire();
    return t instanceof Commune ? "Commune" : t instanceof Departement ? "Département" : "EPCI";
  }

  /**
   * « communal », « intercommunal » ou « départemental ».
   *
   * @return l'échelle du territoire
   */
  public String echelle() {
    Territoire t = annexe.territoire();
    return t instanceof Commune ? "communal" : t instanceof Departement ? "départemental" : "intercommunal";
  }

  /**
   * Le territoire nommé : « la commune d'Ornex », « le département de l'Ain », ou le nom de l'EPCI.
   *
   * @return le territoire
   */
  public String duTerritoire() {
    Territoire t = annexe.territoire();
    String nom = annexe.nomTerritoire();
    return t instanceof Commune ? "la commune " + Francais.de(nom) : t instanceof Departement ? "le département " + Francais.de(nom) : nom;
  }

  /**
   * Le réservataire comme sujet de la phrase : « la commune d'Ornex », « Action Logement Services »,
   * « le préfet ».
   *
   * @return le sujet
   */
  public String sujet() {
    Reservataire r = annexe.reservataire();
    if (r instanceof Collectivite c && c.niveau() == Collectivite.Niveau.COMMUNE) {
      return "la " + r.libelle();
    }
    if (r instanceof Collectivite c && c.niveau() == Collectivite.Niveau.DEPARTEMENT) {
      return "le " + r.libelle();
    }
    return r.isEtat() ? "le préfet" : r.libelle();
  }

  /**
   * « de la commune d'Ornex », « du département de l'Ain », « de l'État », « d'Action Logement
   * Services ».
   *
   * @return le complément
   */
  public String deSujet() {
    String s = sujet();
    if (annexe.reservataire().isEtat()) {
      return "de l'État";
    }
    return s.startsWith("le ") ? "du " + s.substring(3) : s.startsWith("la ") ? "de " + s : Francais.de(s);
  }

  /**
   * « gérer en direct » ou « déléguer au bailleur ».
   *
   * @return le mode de gestion en verbe
   */
  public String gestion() {
    return annexe.modeGestion() == ModeGestion.DIRECTE ? "gérer en direct" : "déléguer au bailleur";
  }
}
