package fr.fluxlogement.rules.convention;

import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.convention.Surcharge;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Un avenant annuel à la convention (art. 7) : sa date d'effet, ses motifs, les paramètres qu'il
 * change à partir de cette date et, le cas échéant, le nouveau mode de gestion.
 *
 * @param dateEffet la date à partir de laquelle il s'applique
 * @param motifs les motifs d'actualisation
 * @param surcharges les paramètres changés (chacun avec sa valeur datée et sa source)
 * @param modeGestion le nouveau mode de gestion, s'il change
 */
public record Avenant(LocalDate dateEffet, List<MotifActualisation> motifs, List<Surcharge<?>> surcharges, Optional<ModeGestion> modeGestion) {

  /** Fige. */
  public Avenant {
    Objects.requireNonNull(dateEffet, "dateEffet");
    motifs = List.copyOf(motifs);
    surcharges = List.copyOf(surcharges);
    Objects.requireNonNull(modeGestion, "modeGestion");
  }
}
