/**
 * Un intégrateur tiers de flux : un module qui ne lit que {@code fr.fluxlogement.rules} (et, par
 * lui, le cœur).
 */
module fr.fluxlogement.integration {
  requires transitive fr.fluxlogement.rules;

  exports fr.fluxlogement.integration;
}
