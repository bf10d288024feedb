package fr.fluxlogement.core.acteur;

/**
 * Celui qui détient une part du flux annuel d'un bailleur (CCH R.441-5 I) : l'État et ses deux
 * sous-contingents, Action Logement Services, une collectivité (commune, EPCI, département,
 * région), un autre réservataire, ou le bailleur lui-même pour sa part non réservée.
 *
 * <p>La {@link #cle()} est stable et unique : elle identifie la partie dans les répartitions et
 * sert au départage déterministe.
 */
public sealed interface Reservataire
    permits Etat, ActionLogement, Collectivite, AutreReservataire, NonReserve {

  /**
   * La clé stable, par exemple {@code "ETAT-PRIORITAIRES"} ou {@code "COMMUNE-01281"} : la nature
   * et le code d'identité, jamais le nom. Sa forme typée est {@link CleReservataire#de(Reservataire)},
   * et {@link CleReservataire#parse(String, String)} la relit.
   *
   * @return la clé
   */
  String cle();

  /** Le libellé français. */
  String libelle();

  /** Vrai pour l'un des contingents de l'État. */
  default boolean isEtat() {
    return this instanceof Etat;
  }

  /** Vrai pour la part non réservée du bailleur. */
  default boolean isBailleur() {
    return this instanceof NonReserve;
  }
}
