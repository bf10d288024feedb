package fr.fluxlogement.rendu.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.Ventilation;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.convention.Annexe;
import fr.fluxlogement.rules.delais.CycleProposition;
import fr.fluxlogement.rules.delais.Echeance;
import fr.fluxlogement.rules.delais.Echeances;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.exercice.Orientation;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.flux.FluxAnnuel;
import fr.fluxlogement.rules.flux.Objectif;
import fr.fluxlogement.rules.flux.RepartitionDuFlux;
import fr.fluxlogement.rules.objectifs.ResultatObjectif;
import fr.fluxlogement.rules.orientation.Decision;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Le résultat d'un exercice en JSON : format {@code flux-resultat}, version 1, décrit dans
 * {@code docs/json.md}. Chaque figure porte son arbre d'explication, dont chaque référence est un
 * objet ({@code texte}, {@code article}, {@code alinea}, {@code legiarti}, {@code url},
 * {@code clause}). Déterministe : un même résultat donne les mêmes octets (clés dans un ordre fixé,
 * cartes triées, fin de ligne {@code \n}).
 */
public final class ResultatJson {

  /** Le nom du format. */
  public static final String FORMAT = "flux-resultat";

  /** La version du format. */
  public static final int VERSION = 1;

  private ResultatJson() {}

  /**
   * Écrit un résultat.
   *
   * @param r le résultat de {@code CalculExercice.calculer}
   * @return le document JSON, terminé par une fin de ligne
   */
  public static String ecrire(ResultatExercice r) {
    Objects.requireNonNull(r, "resultat");
    ObjectNode o = Ecriture.objet();
    o.put("format", FORMAT);
    o.put("version", VERSION);
    o.set("bailleur", Ecriture.bailleur(r.exercice().bailleur()));
    o.put("annee", r.exercice().annee());
    o.put("departement", r.exercice().departement().code());
    o.put("illustratif", r.exercice().illustratif());
    ArrayNode conventions = o.putArray("conventions");
    r.conventions().forEach(c -> conventions.add(convention(c)));
    ArrayNode orientations = o.putArray("orientations");
    r.orientations().forEach(x -> orientations.add(orientation(x)));
    ArrayNode controles = o.putArray("controles");
    r.controles().forEach(x -> controles.add(controle(x)));
    o.set("bilan", bilan(r.bilan()));
    o.set("avertissements", Ecriture.anomalies(r.avertissements()));
    o.set("garanties", Ecriture.explications(r.garanties()));
    ArrayNode droits = o.putArray("etat_des_droits");
    r.etatDesDroits().droits().forEach(d -> droits.add(ExerciceJson.droit(d)));
    return Ecriture.texte(o);
  }

  private static ObjectNode convention(ResultatConvention c) {
    ObjectNode o = Ecriture.objet();
    o.put("cle", c.cle());
    Ecriture.reservataire(o, "reservataire", c.convention().reservataire());
    o.put("territoire", Cles.cle(c.convention().territoire()));
    o.put("titre", c.convention().texte().titre());
    o.put("mode_gestion", c.convention().modeGestion().name());
    o.set("assiette", assiette(c.assiette()));
    ArrayNode taux = o.putArray("taux");
    for (TauxReservataire t : c.taux()) {
      ObjectNode x = taux.addObject();
      Ecriture.reservataire(x, "reservataire", t.reservataire());
      x.put("reserves", t.reserves());
      taux(x, "taux", t.taux());
      x.set("explication", Ecriture.explication(t.explication()));
    }
    taux(o, "taux_reservataire", c.tauxReservataire());
    o.put("reserves", c.reserves());
    o.set("flux", flux(c.flux()));
    o.set("objectifs", objectifs(c.objectifs(), c.avertissements()));
    o.put("objectif", c.objectif());
    o.set("annexe", annexe(c.annexe()));
    o.set("avertissements", Ecriture.anomalies(c.avertissements()));
    return o;
  }

  /** Un taux : la fraction exacte au champ, le pourcentage français au champ {@code <cle>_pourcent}. */
  private static void taux(ObjectNode o, String cle, Taux t) {
    o.put(cle, Ecriture.taux(t));
    o.put(cle + "_pourcent", t.toPourcentFrancais());
  }

  private static ObjectNode assiette(Assiette a) {
    ObjectNode o = Ecriture.objet();
    o.put("annee", a.annee());
    o.put("territoire", Cles.cle(a.territoire()));
    o.put("taille", a.taille());
    o.put("exclus", a.totalExclus());
    o.set("parc", ventilation(a.parc()));
    o.set("retenus", ventilation(a.retenus()));
    ObjectNode ex = o.putObject("exclusions");
    a.exclusions().forEach((m, v) -> ex.set(m.name(), ventilation(v)));
    o.set("explication", Ecriture.explication(a.explication()));
    return o;
  }

  private static ObjectNode ventilation(Ventilation v) {
    ObjectNode o = Ecriture.objet();
    o.put("total", v.total());
    ObjectNode communes = o.putObject("par_commune");
    v.parCommune().forEach(communes::put);
    ObjectNode typologies = o.putObject("par_typologie");
    v.parTypologie().forEach((k, n) -> typologies.put(k.name(), n));
    ObjectNode financements = o.putObject("par_financement");
    v.parFinancement().forEach((k, n) -> financements.put(k.name(), n));
    o.put("en_qpv", v.enQpv());
    o.put("hors_qpv", v.horsQpv());
    return o;
  }

  private static ObjectNode flux(FluxAnnuel f) {
    ObjectNode o = Ecriture.objet();
    o.put("annee", f.annee());
    taux(o, "rotation_moyenne", f.rotationMoyenne());
    o.put("liberations", Ecriture.fraction(f.liberations()));
    o.put("mutations", Ecriture.fraction(f.mutations()));
    o.put("relogements", f.relogements());
    o.put("flux_exact", Ecriture.fraction(f.fluxExact()));
    o.put("flux", f.flux());
    o.set("explication", Ecriture.explication(f.explication()));
    return o;
  }

  /** La répartition du flux et ses avertissements (plafonds du préfet), ceux de la convention. */
  private static ObjectNode objectifs(RepartitionDuFlux ob, List<Anomalie> avertissements) {
    ObjectNode o = Ecriture.objet();
    o.put("flux", ob.flux());
    ArrayNode parties = o.putArray("parties");
    for (Objectif x : ob.objectifs()) {
      ObjectNode p = parties.addObject();
      Ecriture.reservataire(p, "partie", x.partie());
      p.put("libelle", x.partie().libelle());
      taux(p, "taux", x.taux());
      p.put("exact", Ecriture.fraction(x.exact()));
      p.put("logements", x.logements());
    }
    o.set("avertissements", Ecriture.anomalies(avertissements));
    o.set("explication", Ecriture.explication(ob.explication()));
    return o;
  }

  private static ObjectNode annexe(Annexe a) {
    ObjectNode o = Ecriture.objet();
    o.put("titre", a.titre());
    o.put("territoire", Cles.cle(a.territoire()));
    o.put("nom_territoire", a.nomTerritoire());
    Ecriture.reservataire(o, "reservataire", a.reservataire());
    o.put("bailleur", a.bailleur());
    o.put("date_reference", a.dateReference().toString());
    o.put("parc_concerne", a.parcConcerne());
    o.put("reserves", a.reserves());
    taux(o, "taux", a.taux());
    o.put("mode_gestion", a.modeGestion().name());
    taux(o, "part_du_flux", a.partDuFlux());
    o.put("logements_dus", a.logementsDus());
    o.put("illustratif", a.illustratif());
    o.put("texte", fr.fluxlogement.rendu.texte.TexteAnnexe.texte(a));
    return o;
  }

  private static ObjectNode orientation(Orientation x) {
    ObjectNode o = Ecriture.objet();
    o.put("logement", x.liberation().logement().identifiant());
    o.put("type_liberation", x.liberation().type().name());
    o.put("date_liberation", x.liberation().date().toString());
    Decision d = x.decision();
    o.put("rang", d.rang());
    Ecriture.reservataire(o, "reservataire", d.reservataire());
    o.put("contrainte", d.contrainte().name());
    ArrayNode candidats = o.putArray("candidats");
    for (Decision.Candidat c : d.candidats()) {
      ObjectNode y = candidats.addObject();
      Ecriture.reservataire(y, "partie", c.partie());
      y.put("eligible", c.eligible());
      y.put("deficit_avant", Ecriture.fraction(c.deficitAvant()));
      y.put("deficit_apres", Ecriture.fraction(c.deficitApres()));
    }
    o.set("explication", Ecriture.explication(x.explication()));
    if (x.cycle().isPresent()) {
      o.set("cycle", cycle(x.cycle().get()));
    } else {
      o.putNull("cycle");
    }
    return o;
  }

  private static ObjectNode cycle(CycleProposition c) {
    ObjectNode o = Ecriture.objet();
    o.put("etat", c.etat().name());
    o.put("etat_libelle", c.etat().libelle());
    c.reservataire().ifPresent(r -> Ecriture.reservataire(o, "reservataire", r));
    o.put("candidats", c.candidats());
    c.imputation().ifPresent(r -> Ecriture.reservataire(o, "imputation", r));
    o.put("comptee_pour_reservataire", c.isCompteePourReservataire());
    if (c.echeances().isPresent()) {
      Echeances e = c.echeances().get();
      ObjectNode x = o.putObject("echeances");
      x.set("information", echeance(e.information()));
      x.put("transmission", e.transmission().toString());
      x.set("candidats", echeance(e.candidats()));
      x.set("impossibilite", echeance(e.impossibilite()));
    } else {
      o.putNull("echeances");
    }
    ArrayNode evs = o.putArray("evenements");
    c.evenements().forEach(e -> evs.add(ExerciceJson.evenement(e)));
    o.set("anomalies", Ecriture.anomalies(c.anomalies()));
    return o;
  }

  private static ObjectNode echeance(Echeance e) {
    ObjectNode o = Ecriture.objet();
    o.put("objet", e.objet());
    o.put("date", e.date().toString());
    o.put("reportee", e.reportee());
    o.set("explication", Ecriture.explication(e.explication()));
    return o;
  }

  private static ObjectNode controle(ResultatObjectif r) {
    ObjectNode o = Ecriture.objet();
    if (r.partie().isPresent()) {
      Reservataire p = r.partie().get();
      Ecriture.reservataire(o, "partie", p);
    } else {
      o.putNull("partie");
    }
    o.put("indicateur", r.indicateur().name());
    o.put("public_cible", r.publicCible());
    o.put("base", r.base());
    taux(o, "atteint", r.atteint());
    taux(o, "cible", r.cible());
    o.put("ecart", r.ecart());
    if (!r.isCalculable()) {
      o.put("calculable", false);
      o.put("inconnus", r.inconnus());
    }
    if (r.rattrapage().isPresent()) {
      o.put("rattrapage", r.rattrapage().get());
    } else {
      o.putNull("rattrapage");
    }
    o.put("restantes", r.restantes());
    o.put("atteint_objectif", r.isAtteint());
    o.set("explication", Ecriture.explication(r.explication()));
    return o;
  }

  private static ObjectNode bilan(RapportBilan r) {
    ObjectNode o = fr.fluxlogement.rendu.tables.Tables.bilan(r);
    ObjectNode objectifs = Ecriture.objet();
    new TreeMap<>(r.objectifs()).forEach(objectifs::put);
    o.set("objectifs", objectifs);
    Bilan b = r.bilan();
    ArrayNode compteurs = o.putArray("compteurs");
    b.compteurs().forEach((cle, n) -> {
      ObjectNode x = compteurs.addObject();
      x.put("mesure", cle.mesure().name());
      x.put("partie", cle.partie());
      x.put("dimension", cle.dimension().name());
      x.put("valeur", cle.valeur());
      x.put("nombre", n);
    });
    ObjectNode libelles = o.putObject("libelles");
    b.libelles().forEach(libelles::put);
    ObjectNode listes = o.putObject("listes");
    b.listes().forEach((k, s) -> {
      ArrayNode a = listes.putArray(k);
      s.forEach(a::add);
    });
    return o;
  }
}
