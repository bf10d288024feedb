package fr.fluxlogement.core.acteur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.acteur.CleReservataire.Nature;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Clé typée d'un réservataire (CCH R.441-5 I) : écrite comme Reservataire.cle(), relue par parse, égale par le seul code")
class CleReservataireTest {

  private static final Bailleur ALLIADE = new Bailleur("123456782", "Alliade Habitat");

  private static final List<Reservataire> RESERVATAIRES = List.of(Etat.PRIORITAIRES, Etat.AGENTS_PUBLICS, ActionLogement.INSTANCE,
      Collectivite.commune(Commune.of("01281"), "Ornex"), Collectivite.epci(Epci.of("240100750"), "CA du Pays de Gex"),
      Collectivite.departement(Departement.of("2A"), "Corse-du-Sud"), new Collectivite(Collectivite.Niveau.REGION, "84", "Auvergne-Rhône-Alpes"),
      new AutreReservataire("CAF-01", "CAF de l'Ain"), ALLIADE.partNonReservee());

  @Test
  @DisplayName("la clé de chaque réservataire s'écrit comme sa cle() et se relit à l'identique")
  void allerRetour() {
    for (Reservataire r : RESERVATAIRES) {
      CleReservataire k = CleReservataire.de(r);
      assertThat(k).as(r.cle()).hasToString(r.cle());
      assertThat(CleReservataire.parse(r.cle(), "contingent").valeur()).as(r.cle()).contains(k);
      assertThat(k.designe(r)).isTrue();
    }
  }

  @ParameterizedTest(name = "« {0} » : nature {1}, code « {2} »")
  @CsvSource({"ETAT-PRIORITAIRES,ETAT_PRIORITAIRES,''", "ETAT-AGENTS,ETAT_AGENTS,''", "ACTION-LOGEMENT,ACTION_LOGEMENT,''",
    "COMMUNE-01281,COMMUNE,01281", "EPCI-240100750,EPCI,240100750", "DEPARTEMENT-2A,DEPARTEMENT,2A", "REGION-84,REGION,84",
    "AUTRE-CAF-01,AUTRE,CAF-01", "BAILLEUR-123456782,BAILLEUR,123456782"})
  void clesLues(String texte, Nature nature, String code) {
    assertThat(CleReservataire.parse(texte, "c").valeur()).contains(new CleReservataire(nature, code));
  }

  @Test
  @DisplayName("deux communes de même code INSEE et de noms différents ont la même clé : le nom n'est qu'un libellé")
  void egaliteParLeCode() {
    Collectivite ornex = Collectivite.commune(Commune.of("01281"), "Ornex");
    Collectivite majuscules = Collectivite.commune(Commune.of("01281"), "ORNEX");
    assertThat(ornex).isNotEqualTo(majuscules);
    assertThat(CleReservataire.de(ornex)).isEqualTo(CleReservataire.de(majuscules)).hasSameHashCodeAs(CleReservataire.de(majuscules));
    assertThat(CleReservataire.de(ornex).designe(majuscules)).isTrue();
    assertThat(CleReservataire.de(ornex)).isNotEqualTo(CleReservataire.de(Collectivite.commune(Commune.of("01160"), "Ornex")));
    assertThat(CleReservataire.de(new AutreReservataire("X", "un"))).isEqualTo(CleReservataire.de(new AutreReservataire("X", "deux")));
    assertThat(CleReservataire.de(new Bailleur("B", "un").partNonReservee())).isEqualTo(CleReservataire.de(new Bailleur("B", "deux").partNonReservee()));
  }

  @ParameterizedTest(name = "« {0} » est refusée ({1})")
  @CsvSource({"COMMUNE-99001,CODE_INCONNU", "COMMUNE-0128,FORMAT_INVALIDE", "EPCI-240100751,FORMAT_INVALIDE",
    "DEPARTEMENT-20,CODE_INCONNU", "REGION-8A,FORMAT_INVALIDE", "MAIRIE-01281,CODE_INCONNU", "ETAT,CODE_INCONNU",
    "ETAT-PRIORITAIRES-2,CODE_INCONNU", "etat-prioritaires,CODE_INCONNU", "' COMMUNE-01281',CODE_INCONNU",
    "'COMMUNE-01281 ',FORMAT_INVALIDE", "AUTRE-,CHAMP_MANQUANT", "'BAILLEUR-  ',CHAMP_MANQUANT", "'',CHAMP_MANQUANT"})
  void clesRefusees(String texte, CodeAnomalie code) {
    Resultat<CleReservataire> r = CleReservataire.parse(texte, "attributions[4].contingent");
    assertThat(r.isValide()).isFalse();
    Anomalie a = r.erreurs().get(0);
    assertThat(r.erreurs()).hasSize(1);
    assertThat(a.code()).isEqualTo(code);
    assertThat(a.chemin()).isEqualTo("attributions[4].contingent");
    assertThat(a.reference()).contains(References.CCH_R441_5);
    assertThat(a.message()).isNotBlank();
  }

  @Test
  @DisplayName("le code d'une commune de la clé est jugé comme Commune.parse : « 99 » absent du code officiel géographique")
  void messageDeLaCommune() {
    assertThat(CleReservataire.parse("COMMUNE-99001", "c").erreurs().get(0).message())
        .contains("COMMUNE-99001").contains("code officiel géographique");
    assertThat(CleReservataire.parse(null, "c").erreurs()).extracting(Anomalie::code).containsExactly(CodeAnomalie.CHAMP_MANQUANT);
  }

  @Test
  @DisplayName("une clé construite dans le programme est validée : code pour l'État, commune invalide, identifiant blanc refusés")
  void constructeur() {
    assertThatThrownBy(() -> new CleReservataire(Nature.ETAT_PRIORITAIRES, "01")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CleReservataire(Nature.COMMUNE, "99001")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CleReservataire(Nature.AUTRE, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Nature.COMMUNE.isCodee()).isTrue();
    assertThat(Nature.ACTION_LOGEMENT.isCodee()).isFalse();
    assertThat(Nature.EPCI.prefixe()).isEqualTo("EPCI-");
  }

  @ParameterizedTest
  @CsvSource({"ETAT-PRIORITAIRES,État (ménages prioritaires)", "ETAT-AGENTS,État (agents publics)", "ACTION-LOGEMENT,Action Logement Services",
      "COMMUNE-01053,commune de Bourg-en-Bresse", "EPCI-240100750,Pays de Gex agglo", "DEPARTEMENT-01,département de l'Ain",
      "AUTRE-CAF01,CAF de l'Ain", "BAILLEUR-123456782,Habitat Exemple (part non réservée)"})
  @DisplayName("CCH R.441-5 : la clé lue redonne un réservataire de la même clé, nommé pour les collectivités, autres réservataires et bailleurs")
  void reservataireDeLaCle(String cle, String libelle) {
    CleReservataire k = CleReservataire.parse(cle, "k").valeurOuLever();
    String nom = switch (k.nature()) {
      case COMMUNE -> "Bourg-en-Bresse";
      case EPCI -> "Pays de Gex agglo";
      case DEPARTEMENT -> "de l'Ain";
      case AUTRE -> "CAF de l'Ain";
      case BAILLEUR -> "Habitat Exemple";
      default -> "sans effet";
    };
    Reservataire r = k.reservataire(nom);
    assertThat(r.cle()).isEqualTo(cle);
    assertThat(r.libelle()).isEqualTo(libelle);
    assertThat(k.designe(r)).isTrue();
  }
}
