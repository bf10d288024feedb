package fr.fluxlogement.core.acteur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.MotifPriorite;
import fr.fluxlogement.core.menage.NumeroUnique;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Réservataires, droits et ménages")
class ActeurTest {

  @Test
  @DisplayName("chaque réservataire a une clé stable et un libellé français (R.441-5 I)")
  void cles() {
    Bailleur alliade = new Bailleur("ALLIADE", "Alliade Habitat");
    assertThat(Etat.PRIORITAIRES.cle()).isEqualTo("ETAT-PRIORITAIRES");
    assertThat(Etat.AGENTS_PUBLICS.cle()).isEqualTo("ETAT-AGENTS");
    assertThat(Etat.AGENTS_PUBLICS.libelle()).isEqualTo("État (agents publics)");
    assertThat(Etat.PRIORITAIRES.libelle()).isEqualTo("État (ménages prioritaires)");
    assertThat(ActionLogement.INSTANCE.cle()).isEqualTo("ACTION-LOGEMENT");
    assertThat(ActionLogement.INSTANCE.libelle()).isEqualTo("Action Logement Services");
    assertThat(Collectivite.commune(Commune.of("01281"), "Ornex").cle()).isEqualTo("COMMUNE-01281");
    assertThat(Collectivite.commune(Commune.of("01281"), "Ornex").libelle()).isEqualTo("commune d'Ornex");
    assertThat(Collectivite.epci(Epci.of("240100750"), "CA du Pays de Gex").libelle()).isEqualTo("CA du Pays de Gex");
    assertThat(Collectivite.departement(Departement.of("01"), "de l'Ain").libelle()).isEqualTo("département de l'Ain");
    assertThat(new Collectivite(Collectivite.Niveau.REGION, "84", "Auvergne-Rhône-Alpes").libelle()).isEqualTo("région Auvergne-Rhône-Alpes");
    assertThat(new AutreReservataire("CAF01", "CAF de l'Ain").cle()).isEqualTo("AUTRE-CAF01");
    assertThat(alliade.partNonReservee().cle()).isEqualTo("BAILLEUR-ALLIADE");
    assertThat(alliade.partNonReservee().libelle()).isEqualTo("Alliade Habitat (part non réservée)");
    assertThat(alliade.partNonReservee().isBailleur()).isTrue();
    assertThat(Etat.PRIORITAIRES.isEtat()).isTrue();
    assertThat(ActionLogement.INSTANCE.isEtat()).isFalse();
    assertThatThrownBy(() -> new Collectivite(Collectivite.Niveau.EPCI, "123", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Collectivite(Collectivite.Niveau.REGION, "8", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AutreReservataire(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bailleur("", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("un droit est en vigueur de son premier à son dernier jour inclus")
  void droit() {
    DroitReservation d = DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.APPORT_FINANCIER, 4, LocalDate.of(2020, 1, 1))
        .withFin(LocalDate.of(2024, 12, 31)).withProgramme("P1");
    assertThat(d.isEnVigueur(LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(d.isEnVigueur(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(d.isEnVigueur(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(d.isEnVigueur(LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(d.programme()).contains("P1");
    assertThat(OrigineDroit.GARANTIE_EMPRUNT.libelle()).isEqualTo("garantie d'emprunt");
    assertThatThrownBy(() -> DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.AUTRE, -1, LocalDate.of(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withFin(LocalDate.of(2019, 1, 1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("unités de consommation OCDE modifiée : couple et deux enfants de moins de 14 ans = 2,1 UC")
  void unitesConsommation() {
    assertThat(Menage.unitesConsommation(2, 2)).isEqualTo(Fraction.of(21, 10));
    assertThat(Menage.unitesConsommation(1, 0)).isEqualTo(Fraction.UN);
    assertThat(Menage.unitesConsommation(3, 1)).isEqualTo(Fraction.of(23, 10));
    assertThatThrownBy(() -> Menage.unitesConsommation(0, 1)).isInstanceOf(IllegalArgumentException.class);
    Menage m = Menage.of(new BigDecimal("21000"), Fraction.of(21, 10));
    assertThat(m.ressourcesParUnite()).isEqualTo(Fraction.of(10000));
    assertThat(m.isPrioritaire()).isFalse();
    assertThat(m.withDalo(true).isPrioritaire()).isTrue();
    assertThat(m.withMotifs(Set.of(MotifPriorite.actuels().get(0))).isPrioritaire()).isTrue();
    assertThat(m.withRelogementRenouvellementUrbain(true).relogementRenouvellementUrbain()).isTrue();
    assertThatThrownBy(() -> Menage.of(new BigDecimal("-1"), Fraction.UN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Menage.of(BigDecimal.ONE, Fraction.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("le numéro unique est validé largement et jamais affiché par toString")
  void numeroUnique() {
    NumeroUnique n = new NumeroUnique("0012301234567A");
    assertThat(n.toString()).doesNotContain("0012301234567A");
    assertThat(n.valeur()).isEqualTo("0012301234567A");
    assertThat(NumeroUnique.isValide("02A2301000001")).isTrue();
    assertThat(NumeroUnique.isValide("9712301000001")).isTrue();
    assertThat(NumeroUnique.isValide("ABC")).isFalse();
    Menage m = new Menage(Optional.of(n), BigDecimal.TEN, Fraction.UN, true, Set.of(), false);
    assertThat(m.toString()).doesNotContain("0012301234567A");
    assertThat(MotifPriorite.actuels()).hasSize(13).extracting(MotifPriorite::lettre).contains("a bis", "l");
    assertThatThrownBy(() -> new NumeroUnique("X")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MotifPriorite(" ", "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
