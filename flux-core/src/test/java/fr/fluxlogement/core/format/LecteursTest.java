package fr.fluxlogement.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.ContingentRpls;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.Typologie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lecteurs RPLS et SNE, CSV des tableurs : rien de perdu, rien d'injecté")
class LecteursTest {

  /** Les 64 colonnes du fichier de collecte (arrêté du 5 janvier 2010, art. 3). */
  static final List<String> COLLECTE = List.of("IDENT_REP", "IDENT_INT", "DROIT", "DEPCOM", "CODEPOSTAL", "LIBCOM", "NUMVOIE", "INDREP",
      "TYPVOIE", "NOMVOIE", "NUMAPPT", "NUMBOITE", "ESC", "COULOIR", "ETAGE", "COMPLIDENT", "ENTREE", "BAT", "IMMEU", "PROGRAMME",
      "LIEUDIT", "QPV", "TYPECONST", "NBPIECE", "SURFHAB", "CONSTRUCT", "LOCAT", "PATRIMOINE", "ORIGINE", "RSEXPRO", "SIRETEXPRO", "FINAN",
      "FINANAUTRE", "CONV", "NUMCONV", "DATCONV", "SORTIEPATRIM", "OLDLOGT", "NEWLOGT", "MODE", "BAIL", "MODESURF", "SURFMODE",
      "LOYERPRINC", "LOYERACC", "CONTRIB", "CUS", "DPEDATE", "DPEENERGIE", "DPESERRE", "SRU_EXPIR", "SRU_ALINEA", "IDENTGES",
      "CODSEGPATRIM", "LIBSEGPATRIM", "LOYERMAXAPL", "LOYERMAXCUS", "QUALACQ", "MISCOMMERCIAL", "PRIXVENTE", "PRODFIN", "REMLOCDATE",
      "CONTRESLOG", "COMMENTAIRE");

  /** Une ligne de collecte, ses champs donnés par nom, les autres vides. */
  static String ligne(Map<String, String> valeurs) {
    List<String> c = new ArrayList<>();
    for (String n : COLLECTE) {
      c.add(valeurs.getOrDefault(n, ""));
    }
    return String.join(";", c);
  }

  static Map<String, String> champs(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static List<Logement> lus(List<String> lignes, List<CompteRenduLecture> bilan) {
    List<Logement> l = new ArrayList<>();
    bilan.add(LecteurRpls.lire(lignes.iterator(), l::add));
    return l;
  }

  @Test
  @DisplayName("SORTIEPATRIM 1 à 3 : en vente ; 4 : à démolir ; 5 et 9 : ni l'un ni l'autre ; 6 ou 12 : inconnus ; identifiant de 30 caractères ou avec espace accepté, de 31 refusé")
  void sortiesEtIdentifiants() {
    List<String> f = new ArrayList<>(List.of(String.join(";", COLLECTE)));
    for (String code : List.of("1", "2", "3", "4", "5", "9", "6", "12")) {
      f.add(ligne(champs("IDENT_REP", "S" + code, "DEPCOM", "01281", "NBPIECE", "3", "FINAN", "13", "SORTIEPATRIM", code, "CONSTRUCT", "1975")));
    }
    f.add(ligne(champs("IDENT_REP", "X".repeat(30), "DEPCOM", "01281", "NBPIECE", "3", "FINAN", "13")));
    f.add(ligne(champs("IDENT_REP", "A B", "DEPCOM", "01281", "NBPIECE", "3", "FINAN", "13")));
    f.add(ligne(champs("IDENT_REP", "Y".repeat(31), "DEPCOM", "01281", "NBPIECE", "3", "FINAN", "13")));
    List<CompteRenduLecture> b = new ArrayList<>();
    List<Logement> l = lus(f, b);
    assertThat(b.get(0).resume()).isEqualTo("lues 11, acceptées 8, rejetées 3");
    assertThat(l).extracting(Logement::identifiant).containsExactly("S1", "S2", "S3", "S4", "S5", "S9", "X".repeat(30), "A B");
    assertThat(l).extracting(Logement::enVente).containsExactly(true, true, true, false, false, false, false, false);
    assertThat(l).extracting(Logement::aDemolir).containsExactly(false, false, false, true, false, false, false, false);
    assertThat(l.get(0).anneeConstruction()).hasValue(1975);
    assertThat(b.get(0).anomalies()).extracting(a -> a.chemin()).containsExactly("SORTIEPATRIM", "SORTIEPATRIM", "IDENT_REP");
  }

  @Test
  @DisplayName("le fichier de collecte à 64 champs : chaque code de MODE, FINAN/CUS, QPV, NBPIECE, SORTIEPATRIM, MISCOMMERCIAL, CONTRESLOG")
  void collecte() {
    List<String> f = new ArrayList<>(List.of(String.join(";", COLLECTE)));
    f.add(ligne(champs("IDENT_REP", "0000000001", "DEPCOM", "01281", "QPV", "2", "NBPIECE", "3", "FINAN", "13", "MODE", "1", "LOCAT", "2009",
        "CONSTRUCT", "2008", "CONTRESLOG", "4")));
    f.add(ligne(champs("IDENT_REP", "0000000002", "DEPCOM", "01281", "QPV", "1", "NBPIECE", "7", "FINAN", "52", "CUS", "11", "MODE", "4")));
    f.add(ligne(champs("IDENT_REP", "0000000003", "DEPCOM", "2A004", "QPV", "QP02A001", "NBPIECE", "1", "FINAN", "16", "MODE", "2",
        "MISCOMMERCIAL", "1")));
    f.add(ligne(champs("IDENT_REP", "0000000004", "DEPCOM", "97411", "NBPIECE", "5", "FINAN", "14", "MODE", "3", "SORTIEPATRIM", "4")));
    f.add("");
    List<CompteRenduLecture> b = new ArrayList<>();
    List<Logement> l = lus(f, b);
    assertThat(b.get(0).resume()).isEqualTo("lues 4, acceptées 4, rejetées 0");
    assertThat(l.get(0).financement()).isEqualTo(Financement.PLUS);
    assertThat(l.get(0).contingent()).contains(ContingentRpls.COLLECTIVITES);
    assertThat(l.get(0).anneeMiseEnLocation()).hasValue(2009);
    assertThat(l.get(1).financement()).isEqualTo(Financement.PLAI);
    assertThat(l.get(1).typologie()).isEqualTo(Typologie.T6_PLUS);
    assertThat(l.get(1).isEnQpv()).isTrue();
    assertThat(l.get(1).modeOccupation()).isEqualTo(ModeOccupation.ASSOCIATION);
    assertThat(l.get(2).localisation().qpv().code()).contains("QP02A001");
    assertThat(l.get(2).enVente()).isTrue();
    assertThat(l.get(2).isPli()).isTrue();
    assertThat(l.get(3).aDemolir()).isTrue();
    assertThat(l.get(3).localisation().departement().code()).isEqualTo("974");
  }

  @Test
  @DisplayName("chaque sorte de ligne cassée est rejetée avec son numéro, son champ et sa raison, sans arrêter la lecture")
  void lignesCassees() {
    List<String> f = new ArrayList<>(List.of(String.join(";", COLLECTE)));
    f.add(ligne(champs("DEPCOM", "0128", "NBPIECE", "0", "FINAN", "18", "MODE", "7", "QPV", "X", "SORTIEPATRIM", "6",
        "MISCOMMERCIAL", "3", "CONTRESLOG", "8", "LOCAT", "20X5")));
    f.add("trop;peu;de;champs");
    f.add(ligne(champs("DEPCOM", "01281", "NBPIECE", "2", "FINAN", "12")));
    List<CompteRenduLecture> b = new ArrayList<>();
    List<Logement> l = lus(f, b);
    assertThat(b.get(0).resume()).isEqualTo("lues 3, acceptées 1, rejetées 2");
    assertThat(b.get(0).anomalies()).extracting(Anomalie::chemin).containsExactly("DEPCOM", "FINAN", "NBPIECE", "MODE", "QPV",
        "SORTIEPATRIM", "MISCOMMERCIAL", "CONTRESLOG", "LOCAT", "ligne");
    assertThat(b.get(0).anomalies().get(0).ligne()).hasValue(2);
    assertThat(b.get(0).anomalies().get(9).code()).isEqualTo(CodeAnomalie.NOMBRE_DE_CHAMPS);
    assertThat(l).singleElement().satisfies(x -> assertThat(x.identifiant()).isEqualTo("ligne-4"));
  }

  @Test
  @DisplayName("en-têtes publics : colonnes anciennes et *_CODE 2023+, BOM ; un en-tête sans DEPCOM rejette tout, ligne par ligne comptée")
  void enTetes() {
    List<Logement> l = new ArrayList<>();
    CompteRenduLecture b = LecteurRpls.lire(List.of("\uFEFFREG_CODE;DEP_CODE;EPCI_CODE;DEPCOM_CODE;QPV_CODE;NBPIECE;FINAN_CODE",
        "84;01;240100750;01281;;3;13", "84;01;240100750;01173;QN00101A;2;11").iterator(), l::add);
    assertThat(b.acceptees()).isEqualTo(2);
    assertThat(l.get(0).localisation().epci()).map(e -> e.siren()).contains("240100750");
    assertThat(l.get(1).isEnQpv()).isTrue();
    CompteRenduLecture anciennes = LecteurRpls.lire(List.of("DEPCOM;NBPIECE;FINAN;QPV", "01281;4;13;2").iterator(), x -> { });
    assertThat(anciennes.acceptees()).isEqualTo(1);
    CompteRenduLecture sans = LecteurRpls.lire(List.of("COMMUNE;NBPIECE", "01281;3", "01281;4").iterator(), x -> { });
    assertThat(sans.resume()).isEqualTo("lues 2, acceptées 0, rejetées 2");
    assertThat(sans.anomalies()).singleElement().satisfies(a -> assertThat(a.code()).isEqualTo(CodeAnomalie.ENTETE_INVALIDE));
    assertThat(LecteurRpls.lire(List.<String>of().iterator(), x -> { }).anomaliesTotal()).isEqualTo(1);
  }

  @Test
  @DisplayName("RPLS Auvergne-Rhône-Alpes au 1er janvier 2022 (DREAL ARA, SDES) : un fichier engendré avec les comptes ARA au 1er janvier 2022 redonne 592 144 logements, dont 554 322 proposés")
  void araDeuxMilleVingtDeux() {
    Map<String, Integer> modes = Map.of("1", 536_769, "2", 17_553, "3", 18_129, "4", 4_741, "5", 14_944, "9", 8);
    List<String> ordre = List.of("1", "2", "3", "4", "5", "9");
    Iterator<String> fichier = new Iterator<>() {
      int mode = -1;
      int reste = 0;
      boolean entete = true;

      @Override
      public boolean hasNext() {
        while (reste == 0 && mode < ordre.size() - 1) {
          mode++;
          reste = modes.get(ordre.get(mode));
        }
        return entete || reste > 0;
      }

      @Override
      public String next() {
        if (entete) {
          entete = false;
          return "DEPCOM;NBPIECE;FINAN;MODE";
        }
        hasNext();
        reste--;
        return "01281;3;13;" + ordre.get(mode);
      }
    };
    long[] proposes = new long[1];
    CompteRenduLecture b = LecteurRpls.lire(fichier, l -> {
      if (l.modeOccupation().isProposeALaLocation()) {
        proposes[0]++;
      }
    });
    assertThat(b.lues()).isEqualTo(592_144);
    assertThat(b.acceptees()).isEqualTo(592_144);
    assertThat(proposes[0]).isEqualTo(554_322);
  }

  @Test
  @DisplayName("SNE : contingent imputé, mutation, DALO, identifiant RPLS joint au parc ; lignes cassées rejetées avec leurs raisons")
  void sne() {
    Logement l = Logement.builder().identifiant("0000000001")
        .localisation(fr.fluxlogement.core.territoire.Localisation.of(fr.fluxlogement.core.territoire.Commune.of("01281"),
            fr.fluxlogement.core.territoire.Qpv.HORS_QPV))
        .financement(Financement.PLUS).typologie(Typologie.T3).build();
    Map<String, Logement> parc = Map.of(l.identifiant(), l);
    List<Attribution> a = new ArrayList<>();
    CompteRenduLecture b = LecteurSne.lire(List.of(
        "SIREN_BAILLEUR;DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;ACCORD_COLLECTIF;DALO;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN",
        "775584580;02/03/2025;01/04/2025;2;0000000001;1;1;2;9000;1;;;",
        "775584580;02/03/2025;01/04/2025;1;;2;2;4;30000;2,1;01173;2;11",
        "775584580;2025-03-02;2025-02-01;3;INCONNU;2;X;9;-5;0;;;",
        "775584580;02/03/2025").iterator(), id -> Optional.ofNullable(parc.get(id)), new Bailleur("B", "b"), a::add);
    assertThat(b.resume()).isEqualTo("lues 4, acceptées 2, rejetées 2");
    assertThat(a.get(0).contingent()).isEqualTo(Etat.PRIORITAIRES);
    assertThat(a.get(0).menage().dalo()).isTrue();
    assertThat(a.get(0).logement()).isSameAs(l);
    assertThat(a.get(0).dateBail()).contains(LocalDate.of(2025, 4, 1));
    assertThat(a.get(1).contingent()).isEqualTo(ActionLogement.INSTANCE);
    assertThat(a.get(1).mutation()).isTrue();
    assertThat(a.get(1).logement().localisation().commune().code()).isEqualTo("01173");
    assertThat(b.anomalies()).extracting(Anomalie::chemin).contains("MUTATION", "DALO", "RESSOURCES", "UC", "CONTINGENT", "DATE_BAIL", "ligne");
  }

  @Test
  @DisplayName("CSV : BOM, « ; », virgule décimale ; une cellule =, +, -, @, tabulation ou retour chariot est neutralisée ; relire redonne les figures")
  void csv() {
    Map<String, Object> l1 = new LinkedHashMap<>();
    l1.put("réservataire", "=HYPERLINK(\"x\")");
    l1.put("taux", "17,61 %");
    l1.put("écart", -1L);
    l1.put("note", "a;b\nc");
    Map<String, Object> l2 = new LinkedHashMap<>();
    l2.put("réservataire", "@SUM(A1)");
    l2.put("taux", "+3");
    l2.put("écart", "\tx");
    l2.put("note", "-x");
    String csv = Csv.ecrire(List.of(l1, l2));
    assertThat(csv).startsWith("\uFEFFréservataire;taux;écart;note\r\n");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\";17,61 %;-1;\"a;b\nc\"", "'@SUM(A1);'+3;'\tx;'-x");
    List<Map<String, String>> relu = Csv.lire(csv);
    assertThat(relu).hasSize(2);
    assertThat(relu.get(0)).containsEntry("réservataire", "=HYPERLINK(\"x\")").containsEntry("taux", "17,61 %").containsEntry("écart", "-1")
        .containsEntry("note", "a;b\nc");
    assertThat(relu.get(1)).containsEntry("taux", "+3").containsEntry("note", "-x");
    assertThat(Csv.ecrire(List.of())).isEqualTo(Csv.BOM);
    assertThat(IntStream.range(0, 3).mapToObj(i -> Csv.cellule(-i)).toList()).containsExactly("0", "-1", "-2");
  }

  @Test
  @DisplayName("SNE : chaque code de contingent (0 à 5 et toute clé de réservataire, l'État et Action Logement compris), chaque forme de date et de drapeau")
  void sneCodes() {
    String entete = "DATE_BAIL;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN;DALO;PRIORITAIRE;RELOGEMENT_ANRU;HORS_FLUX";
    List<String> f = new ArrayList<>(List.of(entete));
    String[] codes = {"0", "", "1", "2", "3", "4", "5", "COMMUNE-01281", "EPCI-240100750", "DEPARTEMENT-01", "COMMUNE-0128", "6",
        "ETAT-PRIORITAIRES", "ACTION-LOGEMENT", "AUTRE-CIL", "BAILLEUR-B"};
    for (String c : codes) {
      f.add("2025-04-01;" + c + ";12000,50;1,5;01281;3;13;O;oui;1;N");
    }
    f.add("31/12/1899;2;1;1;01281;3;13;;;;");
    f.add("01/04/2025;2;1;1;01281;3;13;;;;peut-être");
    f.add("01/04/2025;2;" + "9".repeat(40) + ";1;01281;3;13;;;;");
    List<Attribution> a = new ArrayList<>();
    CompteRenduLecture b = LecteurSne.lire(f.iterator(), id -> Optional.empty(), new Bailleur("B", "b"), a::add);
    assertThat(b.resume()).isEqualTo("lues 19, acceptées 14, rejetées 5");
    assertThat(a).extracting(x -> x.contingent().cle()).containsExactly("BAILLEUR-B", "BAILLEUR-B", "ETAT-AGENTS", "ETAT-PRIORITAIRES",
        "COMMUNE-01281", "ACTION-LOGEMENT", "AUTRE-AUTRE", "COMMUNE-01281", "EPCI-240100750", "DEPARTEMENT-01",
        "ETAT-PRIORITAIRES", "ACTION-LOGEMENT", "AUTRE-CIL", "BAILLEUR-B");
    // les clés se lisent comme partout (CleReservataire.parse) ; la part non réservée du bailleur du fichier est la sienne
    assertThat(a.get(13).contingent()).isEqualTo(new Bailleur("B", "b").partNonReservee());
    assertThat(a.get(0).menage().dalo()).isTrue();
    assertThat(a.get(0).menage().isPrioritaire()).isTrue();
    assertThat(a.get(0).menage().relogementRenouvellementUrbain()).isTrue();
    assertThat(a.get(0).horsFlux()).isFalse();
    assertThat(a.get(0).menage().ressourcesAnnuelles()).isEqualByComparingTo("12000.50");
    assertThat(a.get(0).dateCaleol()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(b.anomalies()).extracting(Anomalie::chemin).containsExactly("CONTINGENT", "CONTINGENT", "DATE_BAIL", "HORS_FLUX", "RESSOURCES");
    assertThat(b.anomalies()).extracting(x -> x.ligne().getAsLong()).containsExactly(12L, 13L, 18L, 19L, 20L);
  }

  @Test
  @DisplayName("RPLS : une ligne entre guillemets est découpée comme un CSV ; un champ en trop ou en moins est rejeté")
  void guillemetsEtLargeur() {
    List<Logement> l = new ArrayList<>();
    CompteRenduLecture b = LecteurRpls.lire(List.of("IDENT_REP;DEPCOM;NBPIECE;FINAN;LIBCOM", "\"A\";01281;3;13;\"Ornex; Ain\"",
        "B;01281;3;13;Ornex;en trop", "C;01281;3").iterator(), l::add);
    assertThat(b.resume()).isEqualTo("lues 3, acceptées 1, rejetées 2");
    assertThat(l).singleElement().satisfies(x -> assertThat(x.identifiant()).isEqualTo("A"));
    assertThat(b.anomalies()).extracting(Anomalie::code).containsExactly(CodeAnomalie.NOMBRE_DE_CHAMPS, CodeAnomalie.NOMBRE_DE_CHAMPS);
    assertThat(b.anomaliesTotal()).isEqualTo(2);
    List<Logement> annees = new ArrayList<>();
    LecteurRpls.lire(List.of("DEPCOM;NBPIECE;FINAN;LOCAT;CONSTRUCT", "01281;3;13;1800;2100", "01281;3;13;1799;2101").iterator(), annees::add);
    assertThat(annees).singleElement().satisfies(x -> assertThat(x.anneeMiseEnLocation()).hasValue(1800));
  }
}
