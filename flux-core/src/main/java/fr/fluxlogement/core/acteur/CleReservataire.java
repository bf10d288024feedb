package fr.fluxlogement.core.acteur;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import java.util.Objects;

/**
 * La clé typée d'un réservataire (CCH R.441-5 I) : sa nature et son code d'identité, rendue par
 * {@link #toString()} exactement comme {@link Reservataire#cle()} ({@code "ETAT-PRIORITAIRES"},
 * {@code "COMMUNE-01281"}) et relue par {@link #parse(String, String)}. Deux réservataires de même
 * nature et de même code ont la même clé quel que soit leur nom, qui n'est qu'un libellé : la
 * commune {@code 01281} nommée « Ornex » ou « ORNEX » est une seule partie.
 *
 * @param nature la nature du réservataire
 * @param code le code d'identité (code INSEE, SIREN, code de département ou de région, identifiant
 *     d'un autre réservataire ou du bailleur) ; vide pour l'État et Action Logement
 */
public record CleReservataire(Nature nature, String code) {

  /** La nature d'un réservataire, et le préfixe de sa clé. */
  public enum Nature {
    /** L'État, contingent des ménages prioritaires : {@code ETAT-PRIORITAIRES}. */
    ETAT_PRIORITAIRES("ETAT-PRIORITAIRES"),
    /** L'État, contingent des agents publics : {@code ETAT-AGENTS}. */
    ETAT_AGENTS("ETAT-AGENTS"),
    /** Action Logement Services : {@code ACTION-LOGEMENT}. */
    ACTION_LOGEMENT("ACTION-LOGEMENT"),
    /** Une commune, par son code INSEE : {@code COMMUNE-01281}. */
    COMMUNE("COMMUNE-"),
    /** Un EPCI, par son SIREN : {@code EPCI-240100750}. */
    EPCI("EPCI-"),
    /** Un département, par son code : {@code DEPARTEMENT-01}. */
    DEPARTEMENT("DEPARTEMENT-"),
    /** Une région, par son code à deux chiffres : {@code REGION-84}. */
    REGION("REGION-"),
    /** Un autre réservataire, par son identifiant : {@code AUTRE-…}. */
    AUTRE("AUTRE-"),
    /** La part non réservée d'un bailleur, par son identifiant : {@code BAILLEUR-…}. */
    BAILLEUR("BAILLEUR-");

    private final String prefixe;

    Nature(String prefixe) {
      this.prefixe = prefixe;
    }

    /**
     * Le préfixe de la clé : la clé entière pour l'État et Action Logement, suivi du code sinon.
     *
     * @return le préfixe, par exemple {@code "COMMUNE-"}
     */
    public String prefixe() {
      return prefixe;
    }

    /**
     * Vrai si la clé porte un code après son préfixe.
     *
     * @return vrai pour une collectivité, un autre réservataire ou un bailleur
     */
    public boolean isCodee() {
      return prefixe.endsWith("-");
    }

    /** Le niveau de collectivité de cette nature, ou {@code null} pour une autre nature. */
    private Collectivite.Niveau niveau() {
      return switch (this) {
        case COMMUNE -> Collectivite.Niveau.COMMUNE;
        case EPCI -> Collectivite.Niveau.EPCI;
        case DEPARTEMENT -> Collectivite.Niveau.DEPARTEMENT;
        case REGION -> Collectivite.Niveau.REGION;
        default -> null;
      };
    }
  }

  /**
   * Valide la clé.
   *
   * @throws IllegalArgumentException si le code ne convient pas à la nature (code présent pour l'État
   *     ou Action Logement, code de collectivité invalide, identifiant blanc) ; pour des données
   *     externes, voir {@link #parse(String, String)}
   */
  public CleReservataire {
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(code, "code");
    Collectivite.Niveau niveau = nature.niveau();
    boolean valide = !nature.isCodee() ? code.isEmpty()
        : niveau != null ? Collectivite.isCodeValide(niveau, code) : !code.isBlank();
    if (!valide) {
      throw new IllegalArgumentException("code invalide pour une clé " + nature.prefixe() + " : « " + code + " »");
    }
  }

  /**
   * La clé d'un réservataire : sa nature et son code d'identité, sans son nom.
   *
   * @param reservataire le réservataire
   * @return sa clé, dont {@link #toString()} est {@link Reservataire#cle()}
   */
  public static CleReservataire de(Reservataire reservataire) {
    Objects.requireNonNull(reservataire, "reservataire");
    if (reservataire instanceof Etat e) {
      return new CleReservataire(e.sousContingent() == Etat.SousContingent.PRIORITAIRES ? Nature.ETAT_PRIORITAIRES : Nature.ETAT_AGENTS, "");
    }
    if (reservataire instanceof ActionLogement) {
      return new CleReservataire(Nature.ACTION_LOGEMENT, "");
    }
    if (reservataire instanceof Collectivite c) {
      return new CleReservataire(Nature.valueOf(c.niveau().name()), c.code());
    }
    if (reservataire instanceof AutreReservataire a) {
      return new CleReservataire(Nature.AUTRE, a.identifiant());
    }
    return new CleReservataire(Nature.BAILLEUR, ((NonReserve) reservataire).bailleur().identifiant());
  }

  /**
   * Lit une clé de réservataire venue de l'extérieur, telle que {@link #toString()} et {@link
   * Reservataire#cle()} l'écrivent. Une clé est un identifiant : elle est lue telle quelle, sans
   * ôter de blanc ni changer la casse (à la différence des autres lectures), si bien que {@code
   * parse(k.toString(), c)} rend {@code k} pour toute clé {@code k}. Le code d'une collectivité est
   * vérifié comme par {@link Commune#parse}, {@link Epci#parse} et {@link Departement#parse}.
   * Aucune exception.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT} (texte {@code null} ou blanc, ou code absent
   * après le préfixe), {@link CodeAnomalie#CODE_INCONNU} (préfixe inconnu, département absent du
   * code officiel géographique…), {@link CodeAnomalie#FORMAT_INVALIDE} (code mal formé) ;
   * référence : R.441-5 CCH.
   *
   * @param texte le texte, éventuellement {@code null}
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return la clé, ou son anomalie
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<CleReservataire> parse(String texte, String chemin) {
    Champ champ = Champ.of(chemin, References.CCH_R441_5);
    if (texte == null || texte.isBlank()) {
      return champ.echec(CodeAnomalie.CHAMP_MANQUANT, "valeur manquante (clé de réservataire attendue)");
    }
    for (Nature n : Nature.values()) {
      if (!n.isCodee() && texte.equals(n.prefixe())) {
        return Resultat.ok(new CleReservataire(n, ""));
      }
      if (n.isCodee() && texte.startsWith(n.prefixe())) {
        return code(n, texte.substring(n.prefixe().length()), champ);
      }
    }
    return champ.echec(CodeAnomalie.CODE_INCONNU, "clé de réservataire inconnue (ETAT-PRIORITAIRES, ETAT-AGENTS, ACTION-LOGEMENT, "
        + "ou COMMUNE-, EPCI-, DEPARTEMENT-, REGION-, AUTRE-, BAILLEUR- suivi d'un code) : " + Champ.cite(texte));
  }

  /** La clé de nature et de code donnés, ou l'anomalie du code. */
  private static Resultat<CleReservataire> code(Nature nature, String code, Champ champ) {
    if (code.isBlank()) {
      return champ.echec(CodeAnomalie.CHAMP_MANQUANT, "code manquant après « " + nature.prefixe() + " »");
    }
    Collectivite.Niveau niveau = nature.niveau();
    if (niveau == null || Collectivite.isCodeValide(niveau, code)) {
      return Resultat.ok(new CleReservataire(nature, code));
    }
    if (!code.equals(code.strip())) {
      return champ.echec(CodeAnomalie.FORMAT_INVALIDE, "blanc dans le code de la clé : " + Champ.cite(nature.prefixe() + code));
    }
    String message = "code de la clé " + Champ.cite(nature.prefixe() + code) + " invalide : ";
    Resultat<?> lu = switch (niveau) {
      case COMMUNE -> Commune.parse(code, champ.chemin());
      case EPCI -> Epci.parse(code, champ.chemin());
      case DEPARTEMENT -> Departement.parse(code, champ.chemin());
      case REGION -> champ.echec(CodeAnomalie.FORMAT_INVALIDE, "code de région à deux chiffres attendu");
    };
    return champ.echec(lu.erreurs().get(0).code(), message + lu.erreurs().get(0).message());
  }

  /**
   * Le réservataire de cette clé, sous un nom : le nom n'est qu'un libellé (l'État et Action
   * Logement n'en prennent pas ; une collectivité, un autre réservataire et un bailleur le portent).
   *
   * @param nom le nom du réservataire ou de la collectivité
   * @return le réservataire, dont {@link Reservataire#cle()} est {@link #toString()}
   * @throws NullPointerException si le nom est {@code null}
   */
  public Reservataire reservataire(String nom) {
    Objects.requireNonNull(nom, "nom");
    return switch (nature) {
      case ETAT_PRIORITAIRES -> Etat.PRIORITAIRES;
      case ETAT_AGENTS -> Etat.AGENTS_PUBLICS;
      case ACTION_LOGEMENT -> ActionLogement.INSTANCE;
      case COMMUNE, EPCI, DEPARTEMENT, REGION -> new Collectivite(nature.niveau(), code, nom);
      case AUTRE -> new AutreReservataire(code, nom);
      case BAILLEUR -> new NonReserve(new Bailleur(code, nom));
    };
  }

  /**
   * Vrai si cette clé est celle du réservataire, quel que soit son nom.
   *
   * @param reservataire le réservataire
   * @return vrai si {@code de(reservataire)} est cette clé
   */
  public boolean designe(Reservataire reservataire) {
    return de(reservataire).equals(this);
  }

  /**
   * La clé écrite : le préfixe de la nature suivi du code, comme {@link Reservataire#cle()}.
   *
   * @return la clé, par exemple {@code "COMMUNE-01281"}
   */
  @Override
  public String toString() {
    return nature.prefixe() + code;
  }
}
