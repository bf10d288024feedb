package fr.fluxlogement.core.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.Provenance;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.reference.Clause;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Texte d'une convention (R.441-5) : chaque figure cite le titre et l'article de sa convention")
class TexteConventionTest {

  private static final String TITRE = "Convention de réservation en flux, commune d'Ornex";

  @Test
  @DisplayName("deux sujets renumérotés : le flux annuel (art. 4 au lieu de 4.1) et les engagements (art. 8 au lieu de 6) ; les autres sujets gardent le plan par défaut")
  void deuxArticlesRenumerotes() {
    TexteConvention t = TexteConvention.of(TITRE);
    TexteConvention t2 = t.withArticle(Clause.FLUX_ANNUEL, "4").withArticle(Clause.ENGAGEMENTS, "8");
    // le premier article donné survit au second (la table des articles est recopiée, non remplacée)
    assertThat(t2.article(Clause.FLUX_ANNUEL)).isEqualTo("4");
    assertThat(t2.article(Clause.ENGAGEMENTS)).isEqualTo("8");
    assertThat(t2.article(Clause.DUREE)).isEqualTo("7");
    assertThat(t2.articles()).containsOnlyKeys(Clause.FLUX_ANNUEL, Clause.ENGAGEMENTS);
    // le texte de départ n'est pas modifié
    assertThat(t.article(Clause.FLUX_ANNUEL)).isEqualTo("4.1");
    assertThat(t.articles()).isEmpty();
    assertThat(t2.titre()).isEqualTo(TITRE);
    assertThat(t2.url()).isEmpty();
  }

  @Test
  @DisplayName("une clause se résout en « titre, art. N » de la convention ; une référence au CCH (R.441-5-1) reste telle quelle")
  void resolution() {
    TexteConvention t = TexteConvention.of(TITRE).withArticle(Clause.ASSIETTE, "2 bis");
    assertThat(t.citer(Clause.ASSIETTE).citation()).isEqualTo(TITRE + ", art. 2 bis");
    assertThat(t.citer(Clause.DUREE).citation()).isEqualTo(TITRE + ", art. 7");
    Reference alinea = Reference.clause(Clause.ENGAGEMENTS).withAlinea("2e alinéa");
    assertThat(t.resoudre(alinea).citation()).isEqualTo(TITRE + ", art. 6, 2e alinéa");
    assertThat(t.resoudre(References.CCH_R441_5_1)).isSameAs(References.CCH_R441_5_1);
    assertThat(t.resolveur().apply(References.CCH_R441_5_1)).isSameAs(References.CCH_R441_5_1);
    assertThat(t.resolveur().apply(Reference.clause(Clause.ASSIETTE))).isEqualTo(t.citer(Clause.ASSIETTE));
    // la clause reste nommée après résolution
    assertThat(t.citer(Clause.ASSIETTE).isClause()).isTrue();
    assertThat(t.citer(Clause.ASSIETTE).clause()).contains(Clause.ASSIETTE);
  }

  @Test
  @DisplayName("une convention publiée : sa clause résolue porte son adresse, sauf si la référence en a déjà une")
  void adresse() {
    TexteConvention t = TexteConvention.of(TITRE).withArticle(Clause.FLUX_ANNUEL, "4").withUrl("https://exemple.fr/convention.pdf");
    assertThat(t.url()).contains("https://exemple.fr/convention.pdf");
    assertThat(t.article(Clause.FLUX_ANNUEL)).isEqualTo("4");
    assertThat(t.citer(Clause.FLUX_ANNUEL).url()).contains("https://exemple.fr/convention.pdf");
    Reference autre = Reference.clause(Clause.DUREE).withUrl("https://exemple.fr/avenant.pdf");
    assertThat(t.resoudre(autre).url()).contains("https://exemple.fr/avenant.pdf");
    assertThat(TexteConvention.of(TITRE).citer(Clause.FLUX_ANNUEL).url()).isEmpty();
  }

  @Test
  @DisplayName("un titre ou un article vide est refusé")
  void refus() {
    assertThatThrownBy(() -> TexteConvention.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TexteConvention(TITRE, Map.of(Clause.DUREE, ""), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DUREE");
  }

  @Test
  @DisplayName("une référence est une clause de convention ou un texte national (CCH L.441-1), jamais les deux ; le sujet d'une clause a son libellé")
  void clauseOuTexteNational() {
    assertThat(Reference.clause(Clause.ETAT_DES_DROITS).isClause()).isTrue();
    assertThat(Reference.of("CCH", "L.441-1").isClause()).isFalse();
    assertThat(References.CCH_R441_5.isClause()).isFalse();
    assertThat(References.CLAUSE_FLUX_ANNUEL.isClause()).isTrue();
    assertThat(Clause.FLUX_ANNUEL.libelle()).isEqualTo("flux annuel prévisionnel");
    assertThat(Clause.ETAT_DES_DROITS.libelle()).isEqualTo("état du stock de logements réservés");
  }

  @Test
  @DisplayName("fabriques d'une convention (R.441-5 I) : sans surcharge au plan par défaut ; autre texte, autre mode de gestion, le reste inchangé")
  void fabriques() {
    Bailleur b = new Bailleur("123456782", "Bailleur d'essai");
    Collectivite ornex = Collectivite.commune(Commune.of("01281"), "Ornex");
    LocalDate signature = LocalDate.of(2025, 1, 15);
    Convention c = Convention.of(b, ornex, Commune.of("01281"), signature, ModeGestion.DIRECTE, TITRE);
    assertThat(c.surcharges()).isEmpty();
    assertThat(c.texte()).isEqualTo(TexteConvention.of(TITRE));
    assertThat(c.reservataire()).isEqualTo(ornex);
    assertThat(c.dateSignature()).isEqualTo(signature);
    Convention d = c.withModeGestion(ModeGestion.DELEGUEE);
    assertThat(d.modeGestion()).isEqualTo(ModeGestion.DELEGUEE);
    assertThat(c.modeGestion()).isEqualTo(ModeGestion.DIRECTE);
    assertThat(d.withModeGestion(ModeGestion.DIRECTE)).isEqualTo(c);
    TexteConvention autre = TexteConvention.of("Avenant n° 1").withArticle(Clause.DUREE, "9");
    Convention e = d.withTexte(autre);
    assertThat(e.texte()).isEqualTo(autre);
    assertThat(e.modeGestion()).isEqualTo(ModeGestion.DELEGUEE);
    assertThat(e.territoire()).isEqualTo(Commune.of("01281"));
    assertThat(e.bailleur()).isEqualTo(b);
    // une surcharge survit au changement de texte et de mode de gestion
    Convention prefet = Convention.of(b, Etat.PRIORITAIRES, Departement.of("01"), signature, ModeGestion.DELEGUEE, "Convention du préfet")
        .withSurcharge(new Surcharge<>(Parametres.NOMBRE_CANDIDATS, new ValeurDatee<>(LocalDate.of(2025, 1, 1), Optional.empty(), 2,
            References.CLAUSE_GESTION_DIRECTE, Provenance.CONVENTION)))
        .withTexte(autre).withModeGestion(ModeGestion.DIRECTE);
    assertThat(prefet.surcharges()).hasSize(1);
    assertThat(prefet.parametres(Parametres.nationaux()).valeur(Parametres.NOMBRE_CANDIDATS, LocalDate.of(2025, 6, 1))).isEqualTo(2);
  }
}
