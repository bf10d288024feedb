package fr.fluxlogement.rendu.json;

import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.CleReservataire;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.NonReserve;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Territoire;
import java.util.Objects;
import java.util.Optional;

/**
 * Les clés stables des formats JSON : celle d'un réservataire ({@code ETAT-PRIORITAIRES},
 * {@code ETAT-AGENTS}, {@code ACTION-LOGEMENT}, {@code COMMUNE-01281}, {@code EPCI-240100750},
 * {@code DEPARTEMENT-01}, {@code REGION-84}, {@code AUTRE-<identifiant>}, {@code BAILLEUR-<identifiant>}),
 * celle d'un territoire ({@code COMMUNE-01281}, {@code EPCI-240100750}, {@code DEPARTEMENT-01}), et leur
 * lecture vers les types du domaine. Le nom d'un réservataire qui en a un (collectivité, autre
 * réservataire, part non réservée d'un bailleur) s'écrit dans un champ voisin de sa clé.
 */
public final class Cles {

  private Cles() {}

  /**
   * Le réservataire d'une clé et d'un nom, l'anomalie à la racine sinon.
   *
   * @param cle la clé, par exemple {@code "COMMUNE-01281"}
   * @param nom le nom, exigé pour une collectivité, un autre réservataire ou la part d'un bailleur ;
   *     {@code null} s'il n'est pas donné
   * @return le réservataire, ou l'anomalie
   */
  public static Resultat<Reservataire> reservataire(String cle, String nom) {
    return reservataire(cle, nom, "");
  }

  /**
   * Le réservataire d'une clé et d'un nom, l'anomalie au chemin donné sinon.
   *
   * @param cle la clé
   * @param nom le nom, ou {@code null}
   * @param chemin le chemin JSON de la clé, pour l'anomalie
   * @return le réservataire, ou l'anomalie
   */
  public static Resultat<Reservataire> reservataire(String cle, String nom, String chemin) {
    Objects.requireNonNull(chemin, "chemin");
    if (cle == null) {
      return invalide(CodeAnomalie.CHAMP_MANQUANT, chemin, "clé de réservataire manquante");
    }
    return CleReservataire.parse(cle, chemin).flatMap(k -> {
      if (k.nature().isCodee() && (nom == null || nom.isBlank())) {
        return invalide(CodeAnomalie.CHAMP_MANQUANT, nomDe(chemin), "le réservataire « " + court(cle) + " » a un nom");
      }
      return Resultat.ok(k.reservataire(k.nature().isCodee() ? nom : ""));
    });
  }

  /**
   * Le chemin du nom voisin d'une clé de réservataire : {@code conventions[0].reservataire} donne
   * {@code conventions[0].nom_reservataire}.
   *
   * @param chemin le chemin de la clé
   * @return celui du nom
   */
  static String nomDe(String chemin) {
    int point = chemin.lastIndexOf('.');
    return point < 0 ? "nom_" + chemin : chemin.substring(0, point + 1) + "nom_" + chemin.substring(point + 1);
  }

  /**
   * Le nom à écrire à côté de la clé d'un réservataire, s'il en faut un.
   *
   * @param r le réservataire
   * @return son nom : celui de la collectivité, de l'autre réservataire ou du bailleur
   */
  public static Optional<String> nom(Reservataire r) {
    if (r instanceof Collectivite c) {
      return Optional.of(c.nom());
    }
    if (r instanceof AutreReservataire a) {
      return Optional.of(a.nom());
    }
    if (r instanceof NonReserve n) {
      return Optional.of(n.bailleur().nom());
    }
    return Optional.empty();
  }

  /**
   * La clé d'un territoire.
   *
   * @param t le territoire
   * @return {@code COMMUNE-<INSEE>}, {@code EPCI-<SIREN>} ou {@code DEPARTEMENT-<code>}
   */
  public static String cle(Territoire t) {
    if (t instanceof Commune c) {
      return "COMMUNE-" + c.code();
    }
    if (t instanceof Epci e) {
      return "EPCI-" + e.siren();
    }
    return "DEPARTEMENT-" + t.code();
  }

  /**
   * Le territoire d'une clé.
   *
   * @param cle la clé, par exemple {@code "EPCI-240100750"}
   * @param chemin le chemin JSON, pour l'anomalie
   * @return le territoire, ou l'anomalie
   */
  public static Resultat<Territoire> territoire(String cle, String chemin) {
    Objects.requireNonNull(chemin, "chemin");
    if (cle == null) {
      return invalide(CodeAnomalie.CHAMP_MANQUANT, chemin, "clé de territoire manquante");
    }
    int tiret = cle.indexOf('-');
    String prefixe = tiret < 0 ? cle : cle.substring(0, tiret);
    String code = tiret < 0 ? "" : cle.substring(tiret + 1);
    boolean valide = switch (prefixe) {
      case "COMMUNE" -> Commune.isValide(code);
      case "EPCI" -> Epci.isSirenValide(code);
      case "DEPARTEMENT" -> Departement.isValide(code);
      default -> false;
    };
    if (!valide) {
      return invalide(CodeAnomalie.FORMAT_INVALIDE, chemin,
          "clé de territoire invalide : « " + court(cle) + " » (COMMUNE-<INSEE>, EPCI-<SIREN> ou DEPARTEMENT-<code>)");
    }
    Territoire t = switch (prefixe) {
      case "COMMUNE" -> Commune.of(code);
      case "EPCI" -> Epci.of(code);
      default -> Departement.of(code);
    };
    return Resultat.ok(t);
  }

  /** Un texte lu, coupé pour un message. */
  static String court(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "…";
  }

  private static <T> Resultat<T> invalide(CodeAnomalie code, String chemin, String message) {
    return Resultat.echec(Anomalie.erreur(code, chemin, message));
  }
}
