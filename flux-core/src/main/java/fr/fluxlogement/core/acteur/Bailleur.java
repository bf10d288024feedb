package fr.fluxlogement.core.acteur;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Epci;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Un bailleur social (organisme HLM ou SEM) : il calcule le flux, oriente les logements libérés et
 * envoie le bilan annuel (R.441-5, R.441-5-1).
 *
 * @param identifiant un identifiant stable (SIREN de préférence)
 * @param nom le nom, par exemple {@code "Alliade Habitat"}
 */
public record Bailleur(String identifiant, String nom) {

  /**
   * Valide.
   *
   * @throws IllegalArgumentException si l'identifiant ou le nom est blanc (erreur de programmation) ;
   *     pour des données externes, voir {@link #parse(String, String, String)}
   */
  public Bailleur {
    Objects.requireNonNull(identifiant, "identifiant");
    Objects.requireNonNull(nom, "nom");
    if (identifiant.isBlank() || nom.isBlank()) {
      throw new IllegalArgumentException("un bailleur a un identifiant et un nom");
    }
  }

  /**
   * Lit un bailleur venu de l'extérieur : son identifiant et son nom, chacun non blanc, les blancs
   * autour ignorés. Un identifiant de 9 chiffres est lu comme un SIREN : une clé de Luhn fausse y
   * est un avertissement (le bailleur est lu, l'identifiant n'est sans doute pas son SIREN ; Code de
   * commerce R.123-220). Aucune exception.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT} au chemin {@code chemin.identifiant} ou
   * {@code chemin.nom} (erreurs), {@link CodeAnomalie#FORMAT_INVALIDE} au chemin de l'identifiant
   * (avertissement).
   *
   * @param identifiant l'identifiant, SIREN de préférence, éventuellement {@code null}
   * @param nom le nom, éventuellement {@code null}
   * @param chemin le chemin du bailleur, rapporté dans les anomalies (vide pour la racine)
   * @return le bailleur, avec l'avertissement éventuel, ou ses anomalies
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<Bailleur> parse(String identifiant, String nom, String chemin) {
    Champ champId = Champ.of(sous(chemin, "identifiant"), References.CODE_COMMERCE_R123_220);
    Resultat<String> id = champId.texte(identifiant, "identifiant du bailleur (SIREN)");
    Resultat<String> n = Champ.of(sous(chemin, "nom")).texte(nom, "nom du bailleur");
    List<Anomalie> anomalies = new ArrayList<>(id.anomalies());
    anomalies.addAll(n.anomalies());
    id.valeur().filter(t -> t.length() == 9 && t.chars().allMatch(c -> c >= '0' && c <= '9'))
        .flatMap(Epci::fauteDeSiren)
        .ifPresent(f -> anomalies.add(champId.avertissement(CodeAnomalie.FORMAT_INVALIDE, f)));
    return Resultat.selon(anomalies, () -> new Bailleur(id.valeur().get(), n.valeur().get()));
  }

  private static String sous(String chemin, String champ) {
    return chemin.isEmpty() ? champ : chemin + "." + champ;
  }

  /** Sa part non réservée. */
  public NonReserve partNonReservee() {
    return new NonReserve(this);
  }
}
