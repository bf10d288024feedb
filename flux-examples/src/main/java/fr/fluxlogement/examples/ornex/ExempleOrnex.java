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
import fr.fluxlogement.rules.flux.RepartitionDuFlux;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.convention.Annexe;
import fr.fluxlogement.rules.convention.CycleConvention;
import fr.fluxlogement.rules.delais.CycleProposition;
import fr.fluxlogement.rules.delais.Echeances;
import fr.fluxlogement.rules.delais.EvenementProposition;
import fr.fluxlogement.rules.objectifs.ControleObjectifs;
import fr.fluxlogement.rules.objectifs.ResultatObjectif;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import fr.fluxlogement.rules.orientation.Decision;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.examples.dossier.LecteurDossier;
import java.nio.file.Files;
import java.nio.file.Path;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;

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
   * @param annee l'année simulée (libérations, orientation, délais, attributions)
   * @param controles les objectifs d'attribution contrôlés
   * @param bilan le bilan de l'année
   * @param cycle la vie de la convention
   * @param annexe l'annexe de la commune
   * @param resultat le résultat complet de l'exercice
   */
  public record Figures(
      Assiette assiette,
      Map<String, Explication> droitsGaranties,
      EtatDesDroits etatDesDroits,
      List<TauxReservataire> taux,
      FluxAnnuel flux,
      RepartitionDuFlux objectifs,
      AnneeSimulee annee,
      List<ResultatObjectif> controles,
      RapportBilan bilan,
      CycleConvention cycle,
      Annexe annexe,
      ResultatExercice resultat) {}

  /**
   * Calcule les figures : l'exercice d'Alliade à Ornex, puis son année simulée, par le seul point
   * d'entrée {@link CalculExercice}. Les données sont valides : un échec serait un défaut de l'exemple.
   */
  public static Figures calculer() {
    return calculer(dossier());
  }

  /**
   * Le dossier de l'exemple, {@code flux-examples/dossiers/ornex-2025} : cherché sous la racine du
   * dépôt (propriété {@code flux.racine}, que pose le lanceur {@code ./flux}), puis depuis le
   * répertoire courant et ses parents.
   *
   * @return le chemin du dossier
   * @throws IllegalStateException si le dossier est introuvable (installation incomplète)
   */
  public static Path dossier() {
    List<Path> candidats = new ArrayList<>();
    String racine = System.getProperty("flux.racine");
    if (racine != null) {
      candidats.add(Path.of(racine, "flux-examples", "dossiers", "ornex-2025"));
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      candidats.add(p.resolve(Path.of("flux-examples", "dossiers", "ornex-2025")));
      candidats.add(p.resolve(Path.of("dossiers", "ornex-2025")));
    }
    return candidats.stream().filter(p -> Files.isRegularFile(p.resolve(LecteurDossier.MANIFESTE))).findFirst()
        .orElseThrow(() -> new IllegalStateException("dossier de l'exemple introuvable : " + candidats.get(0)));
  }

  /**
   * Calcule les figures depuis le dossier de l'exemple, par le même chemin que {@code flux exercice}
   * (lecture du dossier, puis {@link CalculExercice}), l'année étant simulée par {@link AnneeSimulee}.
   *
   * @param dossier le dossier de l'exemple
   * @return les figures
   * @throws IllegalStateException si le dossier a une anomalie (un défaut de l'exemple)
   */
  public static Figures calculer(Path dossier) {
    LecteurDossier.DossierLu lu = LecteurDossier.lire(dossier);
    if (!lu.isSansErreur()) {
      throw new IllegalStateException("le dossier de l'exemple a des anomalies : " + lu.anomalies());
    }
    Exercice base = lu.exercice().orElseThrow();
    ResultatConvention avant = CalculExercice.calculer(base).valeurOuLever().convention(DonneesOrnex.COMMUNE).orElseThrow();
    AnneeSimulee simulee = AnneeSimulee.simuler(base, (int) avant.flux().flux() + 1);
    ResultatExercice r = simulee.resultat();
    ResultatConvention c = r.convention(DonneesOrnex.COMMUNE).orElseThrow();
    Map<String, Explication> garanties = new LinkedHashMap<>();
    List<String> ids = base.programmes().stream().filter(p -> !p.garanties().isEmpty()).map(Programme::identifiant).sorted().toList();
    for (int i = 0; i < ids.size(); i++) {
      garanties.put(ids.get(i), r.garanties().get(i));
    }
    CycleConvention cycle = CycleConvention.of(DonneesOrnex.convention(), Parametres.nationaux());
    return new Figures(c.assiette(), garanties, r.etatDesDroits(), c.taux(), c.flux(), c.objectifs(), simulee, r.controles(), r.bilan(),
        cycle, c.annexe(), r);
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
    f.resultat().convention(DonneesOrnex.COMMUNE).orElseThrow().avertissements().forEach(w -> sb.append("  ").append(w.toTexte()).append('\n'));
    sb.append("Explication :\n").append(f.objectifs().explication().toTexte()).append('\n');

    titre(sb, "Article 5.3 — Première mise en location des programmes neufs de " + DonneesOrnex.ANNEE);
    for (var d : f.resultat().premieresLocations()) {
      sb.append(d.explication().toTexte());
    }
    sb.append('\n');

    titre(sb, "Articles 4.2 et 5 — Orientation des logements libérés en " + DonneesOrnex.ANNEE + " (année simulée)");
    Liberation mutation = f.annee().liberations().get(0);
    f.resultat().avertissements().forEach(w -> sb.append("  ").append(w.toTexte()).append('\n'));
    sb.append("  ").append(mutation.date()).append("  ").append(mutation.logement().identifiant())
        .append("  mutation interne : déduite du flux (art. 2), hors contingents\n");
    for (Decision d : f.annee().decisions()) {
      sb.append(String.format("  n° %2d  %-12s %-4s %-8s → %-38s (%s)%n", d.rang(), d.logement().identifiant(),
          d.logement().typologie().libelle(), d.logement().financement().libelle(), d.reservataire().libelle(), d.contrainte().libelle()));
    }
    sb.append("Explication de la première décision :\n").append(f.resultat().orientations().get(0).explication().toTexte()).append('\n');

    titre(sb, "Article 5.1 et tableau de l'article 6 — Délais et cycle de chaque proposition");
    for (CycleProposition c : f.annee().cycles()) {
      Echeances e = c.echeances().orElseThrow();
      sb.append("  ").append(c.liberation().logement().identifiant()).append(" (").append(c.liberation().type().libelle())
          .append(") offert le ").append(e.transmission()).append(" à ").append(c.reservataire().map(Reservataire::libelle).orElse("?"))
          .append(" : candidats au plus tard le ").append(e.candidats().date()).append(", impossibilité au plus tard le ")
          .append(e.impossibilite().date()).append('\n');
      StringBuilder ev = new StringBuilder();
      for (EvenementProposition x : c.evenements()) {
        ev.append(ev.length() == 0 ? "" : " ; ").append(x.date()).append(' ').append(x.libelle());
      }
      sb.append("    ").append(ev).append('\n');
      sb.append("    état : ").append(c.etat().libelle()).append(" ; compte pour l'objectif de ")
          .append(c.imputation().map(Reservataire::libelle).orElse("la part du bailleur"))
          .append(c.anomalies().isEmpty() ? "" : " ; anomalies : " + c.anomalies()).append('\n');
    }
    sb.append("Explication d'une échéance :\n").append(f.annee().cycles().get(0).echeances().orElseThrow().candidats().explication()
            .resoudre(DonneesOrnex.convention().texte().resolveur()).toTexte())
        .append('\n');

    titre(sb, "Article 5 — Objectifs réglementaires d'attribution " + DonneesOrnex.ANNEE);
    sb.append("Seuil du premier quartile de la CA du Pays de Gex : ").append(DonneesOrnex.SEUIL_Q1_2025_ILLUSTRATIF)
        .append(" €/UC (ILLUSTRATIF ; 10 260 € en 2020, arrêté JORFTEXT000042056679)\n");
    for (ResultatObjectif r : f.controles()) {
      sb.append(String.format("  %-40s %-58s %3d / %3d = %8s (cible %s, écart %d)%n",
          r.partie().map(Reservataire::libelle).orElse("ensemble"), r.indicateur().libelle(), r.publicCible(), r.base(),
          r.atteint().toPourcentFrancais(), r.cible().toPourcentFrancais(), r.ecart()));
    }
    sb.append('\n');

    titre(sb, "Article 6 — Bilan annuel " + DonneesOrnex.ANNEE);
    sb.append(fr.fluxlogement.rendu.texte.TexteBilan.texte(f.bilan())).append('\n');

    titre(sb, "Article 7 — Durée et actualisation");
    sb.append(f.cycle().expliquer(LocalDate.of(DonneesOrnex.ANNEE, 12, 31)).resoudre(DonneesOrnex.convention().texte().resolveur()).toTexte())
        .append('\n');

    titre(sb, "Annexe");
    sb.append(fr.fluxlogement.rendu.texte.TexteAnnexe.texte(f.annexe()));
    return sb.toString();
  }

  private static void titre(StringBuilder sb, String t) {
    sb.append(t).append('\n').append("-".repeat(t.length())).append('\n');
  }
}
