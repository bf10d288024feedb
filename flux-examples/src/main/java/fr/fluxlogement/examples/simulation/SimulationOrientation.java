package fr.fluxlogement.examples.simulation;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rules.orientation.EtatOrientation;
import fr.fluxlogement.rules.orientation.MoteurOrientation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Une année synthétique de logements libérés, orientée par le moteur : mesure de l'écart global
 * maximal (sur chaque préfixe) et de l'écart par catégorie en fin d'année.
 *
 * @param ecartGlobal le plus grand |reçus − k·t| sur tous les préfixes et toutes les parties
 * @param ecartCategorie le plus grand |reçus − n·t| en fin d'année dans une catégorie
 * @param etat l'état final
 * @param moteur le moteur
 */
public record SimulationOrientation(Fraction ecartGlobal, Fraction ecartCategorie, EtatOrientation etat, MoteurOrientation moteur) {

  /** Une année synthétique de {@code n} logements : 20 communes, 30 % en QPV, typologies et financements réalistes. */
  public static List<Logement> annee(int n, long graine) {
    Random r = new Random(graine);
    Typologie[] ty = {Typologie.T1, Typologie.T2, Typologie.T2, Typologie.T3, Typologie.T3, Typologie.T3, Typologie.T4, Typologie.T4,
        Typologie.T5, Typologie.T6_PLUS};
    Financement[] fi = {Financement.PLAI, Financement.PLUS, Financement.PLUS, Financement.PLUS, Financement.PLUS, Financement.PLS};
    List<Logement> l = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Commune c = Commune.of(String.format("01%03d", 1 + r.nextInt(20)));
      l.add(Logement.builder().identifiant("S" + i).localisation(Localisation.of(c, r.nextInt(10) < 3 ? Qpv.EN_QPV : Qpv.HORS_QPV))
          .typologie(ty[r.nextInt(ty.length)]).financement(fi[r.nextInt(fi.length)]).build());
    }
    return l;
  }

  /** Oriente l'année et mesure les écarts. */
  public static SimulationOrientation simuler(Map<Reservataire, Taux> taux, int n, long graine) {
    Resultat<MoteurOrientation> moteur = MoteurOrientation.of(taux, Taux.pourcent(30));
    if (!moteur.isValide()) {
      throw new IllegalArgumentException(moteur.erreurs().get(0).message());
    }
    MoteurOrientation m = moteur.valeurOuLever();
    List<Logement> logements = annee(n, graine);
    MoteurOrientation.Sequence s = m.orienterTout(m.initial(), logements);
    List<Reservataire> parties = m.parties();
    long[] recus = new long[parties.size()];
    Fraction max = Fraction.ZERO;
    long k = 0;
    for (Reservataire r : s.choix()) {
      k++;
      recus[parties.indexOf(r)]++;
      for (int i = 0; i < parties.size(); i++) {
        max = max.max(abs(m.taux(parties.get(i)).fois(k).moins(Fraction.of(recus[i]))));
      }
    }
    EtatOrientation e = s.etat();
    Fraction cat = Fraction.ZERO;
    for (Reservataire r : parties) {
      Fraction t = m.taux(r);
      for (Typologie ty : Typologie.values()) {
        cat = cat.max(abs(t.fois(e.logements(ty)).moins(Fraction.of(e.imputes(r, ty)))));
      }
      for (Financement f : Financement.values()) {
        cat = cat.max(abs(t.fois(e.logements(f)).moins(Fraction.of(e.imputes(r, f)))));
      }
      for (boolean q : new boolean[] {true, false}) {
        cat = cat.max(abs(t.fois(e.logements(q)).moins(Fraction.of(e.imputes(r, q)))));
      }
      for (Map.Entry<String, Long> c : e.logementsParCommune().entrySet()) {
        cat = cat.max(abs(t.fois(c.getValue()).moins(Fraction.of(e.imputes(r, c.getKey())))));
      }
    }
    return new SimulationOrientation(max, cat, e, m);
  }

  private static Fraction abs(Fraction f) {
    return f.signum() < 0 ? f.negation() : f;
  }
}
