package fr.fluxlogement.core.territoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Territoires : codes INSEE, SIREN, départements, QPV")
class TerritoireTest {

  @ParameterizedTest(name = "« {0} » est un code INSEE de commune valide")
  @ValueSource(strings = {"01281", "01160", "2A004", "2B033", "97101", "97611", "75056", "95680"})
  void communesValides(String code) {
    assertThat(Commune.of(code).code()).isEqualTo(code);
  }

  @ParameterizedTest(name = "« {0} » n'est pas un code INSEE de commune")
  @ValueSource(strings = {"", "0128", "012810", "00281", "20004", "2C004", "97701", "96001", "01A81", "01000", "9710A"})
  void communesInvalides(String code) {
    assertThat(Commune.isValide(code)).isFalse();
    assertThatThrownBy(() -> Commune.of(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("le département se déduit de la commune, y compris en Corse et outre-mer")
  void departementDeLaCommune() {
    assertThat(Commune.of("01281").departement()).isEqualTo(Departement.of("01"));
    assertThat(Commune.of("2A004").departement()).isEqualTo(Departement.of("2A"));
    assertThat(Commune.of("97411").departement()).isEqualTo(Departement.of("974"));
    assertThat(Commune.of("01281").libelle()).isEqualTo("commune 01281");
    assertThat(Commune.of("01281")).hasToString("01281");
  }

  @Test
  @DisplayName("Alsace-Moselle (57, 67, 68) et outre-mer sont reconnus (Code du travail L.3134-13)")
  void departementsParticuliers() {
    assertThat(Departement.of("57").isAlsaceMoselle()).isTrue();
    assertThat(Departement.of("67").isAlsaceMoselle()).isTrue();
    assertThat(Departement.of("68").isAlsaceMoselle()).isTrue();
    assertThat(Departement.of("69").isAlsaceMoselle()).isFalse();
    assertThat(Departement.of("972").isOutreMer()).isTrue();
    assertThat(Departement.of("01").isOutreMer()).isFalse();
    assertThat(Departement.isValide("20")).isFalse();
    assertThat(Departement.isValide("96")).isFalse();
    assertThat(Departement.isValide("977")).isFalse();
    assertThat(Departement.of("01").libelle()).isEqualTo("département 01");
    assertThatThrownBy(() -> Departement.of("00")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("le SIREN de la CA du Pays de Gex (240100750) passe la clé de Luhn ; une erreur d'un chiffre est refusée")
  void siren() {
    assertThat(Epci.of("240100750").siren()).isEqualTo("240100750");
    assertThat(Epci.isSirenValide("200071751")).isTrue();
    assertThat(Epci.isSirenValide("200042935")).isTrue();
    assertThat(Epci.isSirenValide("240100751")).isFalse();
    assertThat(Epci.isSirenValide("24010075")).isFalse();
    assertThat(Epci.isSirenValide("24010075A")).isFalse();
    assertThat(Epci.isSirenValide(null)).isFalse();
    assertThat(Epci.of("240100750").libelle()).isEqualTo("EPCI 240100750");
    assertThatThrownBy(() -> Epci.of("123456789")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("une localisation est dans sa commune, son département et son EPCI s'il est connu")
  void localisation() {
    Localisation l = Localisation.of(Commune.of("01281"), Epci.of("240100750"), Qpv.HORS_QPV);
    assertThat(l.isDans(Commune.of("01281"))).isTrue();
    assertThat(l.isDans(Commune.of("01160"))).isFalse();
    assertThat(l.isDans(Departement.of("01"))).isTrue();
    assertThat(l.isDans(Departement.of("74"))).isFalse();
    assertThat(l.isDans(Epci.of("240100750"))).isTrue();
    assertThat(l.isDans(Epci.of("200071751"))).isFalse();
    assertThat(Localisation.of(Commune.of("01281"), Qpv.EN_QPV).isDans(Epci.of("240100750"))).isFalse();
    assertThat(l.departement()).isEqualTo(Departement.of("01"));
  }

  @Test
  @DisplayName("QPV : code bien formé obligatoirement en QPV ; hors QPV sans code")
  void qpv() {
    assertThat(Qpv.of("QP001001").enQpv()).isTrue();
    assertThat(Qpv.HORS_QPV.libelle()).isEqualTo("hors QPV");
    assertThat(Qpv.EN_QPV.libelle()).isEqualTo("en QPV");
    assertThat(Qpv.isCodeValide("QN07512M")).isTrue();
    assertThat(Qpv.isCodeValide("Q1")).isFalse();
    assertThatThrownBy(() -> Qpv.of("qp001001")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Qpv(Optional.of("QP001001"), false)).isInstanceOf(IllegalArgumentException.class);
  }
}
