package fr.fluxlogement.core.explication;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.reference.References;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Explications : arbre rendu en texte français, références résolues dans la convention")
class ExplicationTest {

  private final Explication arbre = Explication.builder("flux annuel", 630)
      .formule("libérations − mutations − relogements")
      .reference(References.CCH_R441_5, References.CLAUSE_FLUX_ANNUEL)
      .enfant(Explication.donnee("libérations", 800))
      .enfant(Explication.of("déductions", 170, "120 + 45 + 5", List.of(References.CCH_R441_5), List.of()))
      .build();

  @Test
  @DisplayName("le texte indente les enfants et cite les articles")
  void texte() {
    assertThat(arbre.toTexte()).isEqualTo(
        "- flux annuel : 630 (libérations − mutations − relogements) [CCH, art. R.441-5 ; convention de réservation, art. 4.1]\n"
            + "  - libérations : 800\n"
            + "  - déductions : 170 (120 + 45 + 5) [CCH, art. R.441-5]\n");
    assertThat(arbre.taille()).isEqualTo(3);
  }

  @Test
  @DisplayName("R.441-5 : une clause citée par une règle se résout au titre et à l'article de la convention de la figure ; le texte national reste")
  void resolution() {
    fr.fluxlogement.core.convention.TexteConvention texte = fr.fluxlogement.core.convention.TexteConvention
        .of("Convention de réservation, commune de Saint-Exemple – Bailleur Test")
        .withArticle(fr.fluxlogement.core.reference.Clause.FLUX_ANNUEL, "4");
    Explication r = arbre.resoudre(texte.resolveur());
    assertThat(r.toTexte()).isEqualTo(
        "- flux annuel : 630 (libérations − mutations − relogements) [CCH, art. R.441-5 ; "
            + "Convention de réservation, commune de Saint-Exemple – Bailleur Test, art. 4]\n"
            + "  - libérations : 800\n"
            + "  - déductions : 170 (120 + 45 + 5) [CCH, art. R.441-5]\n");
    assertThat(r.references().get(1).clause()).contains(fr.fluxlogement.core.reference.Clause.FLUX_ANNUEL);
    assertThat(texte.citer(fr.fluxlogement.core.reference.Clause.ASSIETTE).citation())
        .isEqualTo("Convention de réservation, commune de Saint-Exemple – Bailleur Test, art. 2");
    assertThat(References.CLAUSE_DELAIS.citation()).isEqualTo("convention de réservation, art. 6, tableau des délais");
    assertThat(texte.resoudre(References.CLAUSE_DELAIS).citation())
        .isEqualTo("Convention de réservation, commune de Saint-Exemple – Bailleur Test, art. 6, tableau des délais");
  }

  @Test
  @DisplayName("une référence donnée deux fois n'est citée qu'une fois ; « de » s'élide devant une voyelle")
  void dedoublonnageEtElision() {
    Explication e = Explication.builder("x", 1).reference(References.CCH_R441_5, References.CCH_R441_5).build();
    assertThat(e.references()).hasSize(1);
    assertThat(Francais.de("Ornex")).isEqualTo("d'Ornex");
    assertThat(Francais.de("Habitat")).isEqualTo("d'Habitat");
    assertThat(Francais.de("Lyon")).isEqualTo("de Lyon");
    assertThat(Francais.de("")).isEqualTo("de");
  }

  @Test
  @DisplayName("différée : égale à l'explication construite, même texte, même hachage ; construite une seule fois, à la première lecture")
  void differee() {
    java.util.concurrent.atomic.AtomicInteger constructions = new java.util.concurrent.atomic.AtomicInteger();
    Explication d = Explication.differee(() -> {
      constructions.incrementAndGet();
      return arbre;
    });
    assertThat(constructions).hasValue(0);
    fr.fluxlogement.core.convention.TexteConvention texte = fr.fluxlogement.core.convention.TexteConvention
        .of("Convention de réservation, commune de Saint-Exemple – Bailleur Test")
        .withArticle(fr.fluxlogement.core.reference.Clause.FLUX_ANNUEL, "4");
    Explication resolue = d.resoudre(texte.resolveur());
    assertThat(constructions).as("résoudre attend la première lecture").hasValue(0);
    assertThat(d).isEqualTo(arbre).hasSameHashCodeAs(arbre);
    assertThat(d.toTexte()).isEqualTo(arbre.toTexte());
    assertThat(d.taille()).isEqualTo(3);
    assertThat(resolue).isEqualTo(arbre.resoudre(texte.resolveur()));
    assertThat(d.enfants()).isEqualTo(arbre.enfants());
    assertThat(constructions).hasValue(1);
    assertThat(Explication.differee(() -> Explication.differee(() -> arbre))).as("différée d'une différée").isEqualTo(arbre);
  }

  @Test
  @DisplayName("différée, lue par huit fils à la fois : une seule construction, le même arbre pour tous")
  void differeeEntreFils() throws Exception {
    for (int essai = 0; essai < 50; essai++) {
      java.util.concurrent.atomic.AtomicInteger constructions = new java.util.concurrent.atomic.AtomicInteger();
      Explication d = Explication.differee(() -> {
        constructions.incrementAndGet();
        return Explication.donnee("donnée", 7);
      });
      java.util.concurrent.ExecutorService fils = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        java.util.concurrent.CountDownLatch depart = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> lus = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
          lus.add(fils.submit(() -> {
            depart.await();
            return d.valeur();
          }));
        }
        depart.countDown();
        for (java.util.concurrent.Future<String> f : lus) {
          assertThat(f.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("7");
        }
      } finally {
        fils.shutdownNow();
      }
      assertThat(constructions).hasValue(1);
    }
  }
}
