package fr.fluxlogement.core.parametre;

import static org.quicktheories.generators.SourceDSL.integers;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.reference.References;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Chronologie : une surcharge s'applique exactement sur sa période")
class ChronologieProperties {

  @Test
  @DisplayName("après surcharge, chaque date de la période lit la nouvelle valeur, les autres l'ancienne, et le domaine reste couvert")
  void surchargeExacte() {
    Proprietes.qt(1000).forAll(integers().between(0, 70_000), integers().between(1, 3_000), integers().between(0, 73_000))
        .check((debut, duree, sonde) -> {
          LocalDate d = Parametres.DOMAINE_DEBUT.plusDays(debut);
          LocalDate f = d.plusDays(duree);
          LocalDate s = Parametres.DOMAINE_DEBUT.plusDays(sonde);
          Chronologie<Integer> c = Parametres.nationaux().chronologie(Parametres.NOMBRE_CANDIDATS)
              .withValeur(new ValeurDatee<>(d, Optional.of(f), 1, References.CCH_R441_3, Provenance.AVENANT));
          int attendu = !s.isBefore(d) && s.isBefore(f) ? 1 : 3;
          return c.valeurA(s).orElseThrow().valeur() == attendu
              && c.couvre(Parametres.DOMAINE_DEBUT, Parametres.DOMAINE_FIN);
        });
  }
}
