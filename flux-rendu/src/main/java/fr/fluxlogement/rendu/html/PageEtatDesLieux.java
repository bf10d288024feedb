package fr.fluxlogement.rendu.html;

import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.rules.droits.EtatDesLieux;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * La page de l'état des lieux des réservations en stock (décret n° 2020-145, art. 2 II), à lire par
 * le bailleur et chaque réservataire avant la conversion : la méthode, un graphique des logements
 * réservés en vigueur par réservataire, le tableau par réservataire (taux converti, droits échus,
 * fins, origines), le tableau logement par logement, et l'explication de chaque taux.
 *
 * @param entete l'en-tête
 * @param date la date de l'état des lieux, « 24/11/2023 »
 * @param methode la méthode de conversion, en français
 * @param formule la formule du taux de la méthode
 * @param logementsAssiette le nombre de logements de l'assiette
 * @param nonReserve la part non réservée, « 95,92 % »
 * @param graphique les logements réservés en vigueur de chaque réservataire
 * @param reservataires une ligne par réservataire
 * @param logements une ligne par réservation identifiée
 * @param explication l'explication de la conversion
 */
public record PageEtatDesLieux(Entete entete, String date, String methode, String formule, long logementsAssiette, String nonReserve,
    Graphique graphique, List<Reservataire> reservataires, List<Logement> logements, NoeudExplication explication) {

  /** Fige ; refuse les {@code null}. */
  public PageEtatDesLieux {
    Objects.requireNonNull(entete, "entete");
    Objects.requireNonNull(graphique, "graphique");
    reservataires = List.copyOf(reservataires);
    logements = List.copyOf(logements);
    Objects.requireNonNull(explication, "explication");
  }

  /**
   * Une ligne par réservataire.
   *
   * @param cle la clé du réservataire
   * @param libelle son libellé
   * @param logements ses logements réservés en vigueur
   * @param echus ses droits échus
   * @param sansFin ses logements sans fin de droit connue
   * @param fins la première et la dernière fin, « 31/12/2035 – 31/12/2040 », ou vide
   * @param origines ses logements par origine, « garantie d'emprunt 3, apport foncier 1 »
   * @param taux le taux converti, « 2,72 % »
   * @param fraction le taux exact, « 4/147 »
   */
  public record Reservataire(String cle, String libelle, long logements, long echus, long sansFin, String fins, String origines, String taux,
      String fraction) {}

  /**
   * Une réservation identifiée.
   *
   * @param logement l'identifiant RPLS du logement
   * @param commune le code de sa commune
   * @param titulaire le libellé du réservataire
   * @param origine l'origine du droit, en français
   * @param fin la fin du droit, « 31/12/2035 », ou « sans fin connue »
   * @param enVigueur vrai si le droit court à la date de l'état des lieux
   */
  public record Logement(String logement, String commune, String titulaire, String origine, String fin, boolean enVigueur) {}

  /**
   * La page d'un état des lieux.
   *
   * @param entete l'en-tête
   * @param e l'état des lieux
   * @return le modèle de la page
   */
  public static PageEtatDesLieux of(Entete entete, EtatDesLieux e) {
    java.time.format.DateTimeFormatter jour = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    List<Reservataire> r = new ArrayList<>();
    List<Graphiques.Valeur> barres = new ArrayList<>();
    for (EtatDesLieux.Synthese s : e.syntheses()) {
      List<String> origines = new ArrayList<>();
      for (OrigineDroit o : OrigineDroit.values()) {
        long n = s.parOrigine().getOrDefault(o, 0L);
        if (n > 0) {
          origines.add(o.libelle() + " " + n);
        }
      }
      String fins = s.premiereFin().map(p -> p.format(jour) + " – " + s.derniereFin().get().format(jour)).orElse("");
      r.add(new Reservataire(s.titulaire().cle(), s.titulaire().libelle(), s.logements(), s.echus(), s.sansFin(), fins,
          String.join(", ", origines), s.taux().toPourcentFrancais(), s.taux().toString()));
      barres.add(new Graphiques.Valeur(s.titulaire().libelle(), "(" + s.taux().toPourcentFrancais() + ")", s.logements(), -1));
    }
    List<Logement> l = new ArrayList<>();
    for (EtatDesLieux.Ligne x : e.lignes()) {
      l.add(new Logement(x.reservation().logement(), x.commune().code(), x.reservation().titulaire().libelle(),
          x.reservation().origine().libelle(), x.reservation().fin().map(f -> f.format(jour)).orElse("sans fin connue"), x.enVigueur()));
    }
    Graphique g = Graphiques.barres("reserves", "Logements réservés en vigueur au " + e.date().format(jour), "logements", barres);
    return new PageEtatDesLieux(entete, e.date().format(jour), e.methode().libelle(), e.methode().formule(), e.logementsAssiette(),
        e.nonReserve().toPourcentFrancais(), g, r, l, NoeudExplication.of(e.explication()));
  }
}
