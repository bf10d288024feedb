package fr.fluxlogement.examples.ornex;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.CalculAssiette;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rules.droits.DroitsGarantie;
import fr.fluxlogement.rules.droits.EtatDesDroits;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.flux.CalculFlux;
import fr.fluxlogement.rules.flux.EntreesFlux;
import fr.fluxlogement.rules.flux.FluxAnnuel;
import fr.fluxlogement.rules.flux.Objectif;
import fr.fluxlogement.rules.flux.Objectifs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * L'exemple travaillé de la convention Ornex – Alliade Habitat pour 2025 : chaque article calculé
 * par la bibliothèque et rendu en rapport français, chaque figure avec son explication.
 */
public final class ExempleOrnex {

  private ExempleOrnex() {}

  /**
   * Les figures de l'exemple, calculées une fois.
   *
   * @param assiette l'assiette 2025 sur la commune
   * @param droitsGaranties les droits issus des garanties, par programme
   * @param etatDesDroits le registre complet
   * @param taux les taux au 1er janvier 2025
   * @param flux le flux annuel
   * @param objectifs les objectifs
   */
  public record Figures(
      Assiette assiette,
      Map<String, Explication> droitsGaranties,
      EtatDesDroits etatDesDroits,
      List<TauxReservataire> taux,
      FluxAnnuel flux,
      Objectifs objectifs) {}

  /** Calcule les figures. Les données sont valides : un échec serait un défaut de l'exemple. */
  public static Figures calculer() {
    Parametres p = DonneesOrnex.convention().parametres(Parametres.nationaux());
    int annee = DonneesOrnex.ANNEE;
    Assiette assiette = CalculAssiette.calculer(DonneesOrnex.parc(), annee, DonneesOrnex.ORNEX).get();
    Map<String, Explication> garanties = new LinkedHashMap<>();
    List<DroitReservation> droits = new ArrayList<>();
    for (Programme pr : DonneesOrnex.programmes()) {
      var d = DroitsGarantie.calculer(pr, p).get();
      garanties.put(pr.identifiant(), d.explication());
      droits.addAll(d.valeur());
    }
    droits.addAll(DonneesOrnex.droitsActionLogement());
    EtatDesDroits registre = new EtatDesDroits(droits);
    Set<String> ids = DonneesOrnex.programmes().stream().map(Programme::identifiant).collect(Collectors.toSet());
    List<TauxReservataire> taux = registre.taux(assiette.taille(), annee, ids).get();
    FluxAnnuel flux = CalculFlux.calculer(EntreesFlux.of(annee, assiette.taille(), DonneesOrnex.rotations()).withParametres(p)).get();
    Map<Reservataire, Taux> tauxFlux = new LinkedHashMap<>(DonneesOrnex.tauxPrefet());
    for (TauxReservataire t : taux) {
      tauxFlux.put(t.reservataire(), t.taux());
    }
    Objectifs objectifs = Objectifs.repartir(flux.flux(), tauxFlux, DonneesOrnex.ALLIADE, p, LocalDate.of(annee, 1, 1)).get();
    return new Figures(assiette, garanties, registre, taux, flux, objectifs);
  }

  /** Le rapport français complet. */
  public static String rapport() {
    Figures f = calculer();
    StringBuilder sb = new StringBuilder();
    sb.append("Convention de gestion en flux — commune d'Ornex (01281) et Alliade Habitat\n");
    sb.append("Exemple travaillé, année ").append(DonneesOrnex.ANNEE).append('\n');
    sb.append("AVERTISSEMENT : l'annexe de la convention laisse ses chiffres en « XX ». Le parc, les programmes,\n");
    sb.append("les garanties, les taux de rotation et les événements ci-dessous sont ILLUSTRATIFS (inventés mais\n");
    sb.append("plausibles) ; seuls les règles, les articles et les parties viennent de la convention.\n\n");

    titre(sb, "Article 1 — Cadre territorial");
    sb.append("Commune d'Ornex (INSEE 01281), CA du Pays de Gex (SIREN 240100750), département de l'Ain (01).\n");
    sb.append("Bailleur : Alliade Habitat. Réservataire : commune d'Ornex, gestion directe (art. 5.1).\n\n");

    titre(sb, "Article 2 — Assiette " + DonneesOrnex.ANNEE);
    Assiette a = f.assiette();
    sb.append("Parc au 01/01/").append(DonneesOrnex.ANNEE).append(" : ").append(a.parc().total()).append(" logements\n");
    for (MotifExclusion m : MotifExclusion.values()) {
      if (a.exclus(m) > 0) {
        sb.append("  exclus, ").append(m.libelle()).append(" : ").append(a.exclus(m)).append('\n');
      }
    }
    sb.append("Assiette soumise au flux : ").append(a.taille()).append(" logements\n");
    sb.append("  par typologie : ").append(a.retenus().parTypologie()).append('\n');
    sb.append("  par financement : ").append(a.retenus().parFinancement()).append('\n');
    sb.append("Explication :\n").append(a.explication().toTexte()).append('\n');

    titre(sb, "Article 3 — État des droits au 01/01/" + DonneesOrnex.ANNEE);
    f.droitsGaranties().forEach((id, e) -> sb.append(e.toTexte()));
    sb.append('\n');
    for (TauxReservataire t : f.taux()) {
      sb.append(t.explication().toTexte());
    }
    sb.append('\n');

    titre(sb, "Article 4.1 — Flux annuel prévisionnel");
    sb.append(f.flux().explication().toTexte()).append('\n');

    titre(sb, "Article 6 — Objectifs de l'année");
    for (Objectif o : f.objectifs().objectifs()) {
      sb.append(String.format("  %-40s %8s  %3d logement(s)%n", o.partie().libelle(), o.taux().toPourcentFrancais(), o.logements()));
    }
    f.objectifs().avertissements().forEach(w -> sb.append("  ").append(w.toTexte()).append('\n'));
    sb.append("Explication :\n").append(f.objectifs().explication().toTexte());
    return sb.toString();
  }

  private static void titre(StringBuilder sb, String t) {
    sb.append(t).append('\n').append("-".repeat(t.length())).append('\n');
  }
}
