package fr.fluxlogement.rendu.tables;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.rendu.Colonne;
import fr.fluxlogement.rendu.Table;
import fr.fluxlogement.rules.bilan.Cle;
import fr.fluxlogement.rules.bilan.Dimension;
import fr.fluxlogement.rules.bilan.LigneBilan;
import fr.fluxlogement.rules.bilan.Mesure;
import fr.fluxlogement.rules.bilan.PartTerritoire;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.convention.Annexe;
import fr.fluxlogement.rules.droits.EtatDesLieux;
import fr.fluxlogement.rules.objectifs.ResultatObjectif;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Les tables des sorties : chaque colonne de chaque fichier CSV et JSON, en un seul lieu.
 */
public final class Tables {

  private Tables() {}

  /** La ligne du bilan de chaque partie (R.441-5-1, art. 6). */
  public static final Table<LigneBilan> BILAN = Table.of(List.of(
      Colonne.of("partie", LigneBilan::partie),
      Colonne.of("libelle", LigneBilan::libelle),
      Colonne.of("propositions", LigneBilan::propositions),
      Colonne.of("attributions_caleol", LigneBilan::attributionsCaleol),
      Colonne.of("baux_signes", LigneBilan::bauxSignes),
      Colonne.of("part_propositions_liberations", LigneBilan::partPropositions),
      Colonne.of("part_attributions_liberations", LigneBilan::partAttributions),
      Colonne.of("part_baux_liberations", LigneBilan::partBaux),
      Colonne.of("taux_prioritaires", LigneBilan::tauxPrioritaires),
      Colonne.of("taux_dalo", LigneBilan::tauxDalo),
      Colonne.of("taux_q1_hors_qpv", LigneBilan::tauxQ1HorsQpv),
      Colonne.of("taux_q2_q4_en_qpv", LigneBilan::tauxQ2Q4EnQpv),
      Colonne.of("quartile_inconnu", LigneBilan::quartileInconnu),
      Colonne.of("hors_flux", LigneBilan::horsFlux),
      Colonne.of("logements_proposes", LigneBilan::logementsProposes),
      Colonne.of("logements_attribues", LigneBilan::logementsAttribues),
      Colonne.facultative("objectif", LigneBilan::objectif),
      Colonne.facultative("ecart_objectif", LigneBilan::ecartObjectif)));

  /**
   * Les parts des propositions et des attributions par territoire.
   *
   * @param dimension {@link Dimension#COMMUNE} ou {@link Dimension#EPCI}
   * @return la table, dont la première colonne est {@code commune} ou {@code epci}
   */
  public static Table<PartTerritoire> territoires(Dimension dimension) {
    return Table.of(List.of(
        Colonne.of(dimension == Dimension.COMMUNE ? "commune" : "epci", PartTerritoire::code),
        Colonne.of("liberations", PartTerritoire::liberations),
        Colonne.of("propositions", PartTerritoire::propositions),
        Colonne.of("part_propositions", PartTerritoire::partPropositions),
        Colonne.of("attributions_caleol", PartTerritoire::attributionsCaleol),
        Colonne.of("part_attributions", PartTerritoire::partAttributions)));
  }

  /** L'annexe d'une convention. */
  public static final Table<Annexe> ANNEXE = Table.of(List.of(
      Colonne.of("titre", Annexe::titre),
      Colonne.of("territoire", a -> a.territoire().code()),
      Colonne.of("nom", Annexe::nomTerritoire),
      Colonne.of("reservataire", a -> a.reservataire().cle()),
      Colonne.of("bailleur", Annexe::bailleur),
      Colonne.of("date_reference", a -> a.dateReference().toString()),
      Colonne.of("parc_concerne", Annexe::parcConcerne),
      Colonne.of("logements_reserves", Annexe::reserves),
      Colonne.of("taux", Annexe::taux),
      Colonne.of("mode_gestion", a -> a.modeGestion().libelle()),
      Colonne.of("part_du_flux", Annexe::partDuFlux),
      Colonne.of("logements_dus", Annexe::logementsDus),
      Colonne.of("illustratif", Annexe::illustratif)));

  /** Les logements libérés orientés. */
  public static final Table<LigneOrientation> ORIENTATIONS = Table.of(List.of(
      Colonne.of("logement", LigneOrientation::logement),
      Colonne.of("commune", LigneOrientation::commune),
      Colonne.of("type", LigneOrientation::type),
      Colonne.of("date", LigneOrientation::date),
      Colonne.of("reservataire", LigneOrientation::reservataire),
      Colonne.of("libelle", LigneOrientation::libelle),
      Colonne.of("transmission", LigneOrientation::transmission),
      Colonne.of("echeance_candidats", LigneOrientation::echeanceCandidats)));

  /** Les objectifs d'attribution contrôlés (L.441-1, art. 5), par partie et indicateur, puis l'ensemble. */
  public static final Table<ResultatObjectif> CONTROLES = Table.of(List.of(
      Colonne.of("partie", o -> o.partie().map(Reservataire::cle).orElse("ensemble")),
      Colonne.of("indicateur", o -> o.indicateur().name().toLowerCase(Locale.ROOT)),
      Colonne.of("public_cible", ResultatObjectif::publicCible),
      Colonne.of("base", ResultatObjectif::base),
      Colonne.of("atteint", ResultatObjectif::atteint),
      Colonne.of("cible", ResultatObjectif::cible),
      Colonne.of("objectif_atteint", o -> !o.isCalculable() ? "non calculable" : o.isAtteint() ? "oui" : "non"),
      Colonne.of("ecart", ResultatObjectif::ecart),
      Colonne.of("rattrapage", o -> o.rattrapage().map(String::valueOf).orElse("")),
      Colonne.of("restantes", ResultatObjectif::restantes)));

  /** La synthèse : une ligne par convention. */
  public static final Table<LigneSynthese> SYNTHESE = Table.of(List.of(
      Colonne.of("cle", LigneSynthese::cle),
      Colonne.of("titre", LigneSynthese::titre),
      Colonne.of("territoire", LigneSynthese::territoire),
      Colonne.of("assiette", LigneSynthese::assiette),
      Colonne.of("taux", LigneSynthese::taux),
      Colonne.of("flux", LigneSynthese::flux),
      Colonne.of("objectif", LigneSynthese::objectif)));

  /**
   * L'état des lieux des réservations au niveau du réservataire (décret n° 2020-145, art. 2 II) :
   * logements en vigueur, droits échus, fins, taux converti, puis une colonne par origine du droit.
   */
  public static final Table<EtatDesLieux.Synthese> ETAT_DES_LIEUX = Table.of(colonnesEtatDesLieux());

  private static List<Colonne<EtatDesLieux.Synthese>> colonnesEtatDesLieux() {
    List<Colonne<EtatDesLieux.Synthese>> l = new ArrayList<>(List.of(
        Colonne.of("titulaire", s -> s.titulaire().cle()),
        Colonne.of("libelle", s -> s.titulaire().libelle()),
        Colonne.of("logements", EtatDesLieux.Synthese::logements),
        Colonne.of("echus", EtatDesLieux.Synthese::echus),
        Colonne.of("sans_fin", EtatDesLieux.Synthese::sansFin),
        Colonne.of("premiere_fin", s -> s.premiereFin().map(Object::toString).orElse("")),
        Colonne.of("derniere_fin", s -> s.derniereFin().map(Object::toString).orElse("")),
        Colonne.of("taux", EtatDesLieux.Synthese::taux),
        Colonne.of("taux_fraction", s -> s.taux().toString())));
    for (OrigineDroit o : OrigineDroit.values()) {
      l.add(Colonne.of("origine_" + o.name().toLowerCase(Locale.ROOT), s -> s.parOrigine().getOrDefault(o, 0L)));
    }
    return l;
  }

  /** L'état des lieux des réservations au niveau du logement : une ligne par réservation identifiée. */
  public static final Table<EtatDesLieux.Ligne> ETAT_DES_LIEUX_LOGEMENTS = Table.of(List.of(
      Colonne.of("logement", x -> x.reservation().logement()),
      Colonne.of("commune", x -> x.commune().code()),
      Colonne.of("titulaire", x -> x.reservation().titulaire().cle()),
      Colonne.of("origine", x -> x.reservation().origine().name().toLowerCase(Locale.ROOT)),
      Colonne.of("fin", x -> x.reservation().fin().map(Object::toString).orElse("")),
      Colonne.of("en_vigueur", x -> x.enVigueur() ? "oui" : "non")));

  /**
   * L'état des lieux en objet JSON ({@code "format": "flux-etat-des-lieux"}, version 1) : la date,
   * l'année de l'assiette, la méthode, la taille de l'assiette, la part non réservée, les deux niveaux
   * et l'explication.
   *
   * @param e l'état des lieux
   * @param anneeAssiette l'année de l'assiette sur laquelle il est dressé
   * @return l'objet
   */
  public static ObjectNode etatDesLieux(EtatDesLieux e, int anneeAssiette) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("format", "flux-etat-des-lieux");
    o.put("version", 1);
    o.put("date", e.date().toString());
    o.put("annee_assiette", anneeAssiette);
    o.put("methode", e.methode().name().toLowerCase(Locale.ROOT));
    o.put("logements_assiette", e.logementsAssiette());
    o.put("non_reserve", e.nonReserve().toString());
    o.set("reservataires", ETAT_DES_LIEUX.tableau(e.syntheses()));
    o.set("logements", ETAT_DES_LIEUX_LOGEMENTS.tableau(e.lignes()));
    o.set("explication", fr.fluxlogement.rendu.json.CatalogueJson.explication(e.explication()));
    return o;
  }

  /** La projection pluriannuelle : une ligne par convention, année et scénario. */
  public static final Table<LigneProjection> PROJECTION = Table.of(List.of(
      Colonne.of("cle", LigneProjection::cle),
      Colonne.of("annee", LigneProjection::annee),
      Colonne.of("scenario", LigneProjection::scenario),
      Colonne.of("rotation", LigneProjection::rotation),
      Colonne.of("assiette", LigneProjection::assiette),
      Colonne.of("reserves", LigneProjection::reserves),
      Colonne.of("taux", LigneProjection::taux),
      Colonne.of("flux", LigneProjection::flux),
      Colonne.of("objectif", LigneProjection::objectif)));

  /**
   * Le bilan complet en objet JSON : année, échéance, envoi, retard, libérations, la ligne de chaque
   * partie et les parts par commune et par EPCI.
   *
   * @param r le bilan
   * @return l'objet
   */
  public static ObjectNode bilan(RapportBilan r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("annee", r.bilan().annee());
    o.put("echeance", r.echeance().toString());
    r.envoi().ifPresent(e -> o.put("envoi", e.toString()));
    o.put("tardif", r.isTardif());
    o.put("liberations", r.bilan().total(Mesure.LIBERATIONS, Cle.TOUS));
    o.set("parties", BILAN.tableau(r.lignes()));
    o.set("communes", territoires(Dimension.COMMUNE).tableau(r.territoires(Dimension.COMMUNE)));
    o.set("epci", territoires(Dimension.EPCI).tableau(r.territoires(Dimension.EPCI)));
    return o;
  }
}
