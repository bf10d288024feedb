package fr.fluxlogement.core.acteur;

import java.util.Objects;

/**
 * L'État, réservataire par le préfet, dans l'un de ses deux sous-contingents : les ménages
 * prioritaires et les agents civils et militaires de l'État (R.441-5-2 I : au plus 30 % du flux,
 * dont au plus 5 % pour les agents).
 *
 * @param sousContingent le sous-contingent
 */
public record Etat(SousContingent sousContingent) implements Reservataire {

  /** Les deux sous-contingents du préfet. */
  public enum SousContingent {
    /** Ménages prioritaires (DALO, puis L.441-1). */
    PRIORITAIRES,
    /** Agents civils et militaires de l'État. */
    AGENTS_PUBLICS
  }

  /** Le contingent des ménages prioritaires. */
  public static final Etat PRIORITAIRES = new Etat(SousContingent.PRIORITAIRES);

  /** Le contingent des agents publics. */
  public static final Etat AGENTS_PUBLICS = new Etat(SousContingent.AGENTS_PUBLICS);

  /** Valide. */
  public Etat {
    Objects.requireNonNull(sousContingent, "sousContingent");
  }

  @Override
  public String cle() {
    return sousContingent == SousContingent.PRIORITAIRES ? "ETAT-PRIORITAIRES" : "ETAT-AGENTS";
  }

  @Override
  public String libelle() {
    return sousContingent == SousContingent.PRIORITAIRES ? "État (ménages prioritaires)" : "État (agents publics)";
  }
}
