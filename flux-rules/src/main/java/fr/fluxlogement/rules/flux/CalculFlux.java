package fr.fluxlogement.rules.flux;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Arrondi;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.rules.validation.Comptes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Le calcul du flux annuel prévisionnel (convention art. 4.1 et 2 ; R.441-5 I CCH) :
 *
 * <pre>
 * libérations = assiette × moyenne des taux de rotation départementaux de N−1, N−2, N−3
 *             + premières mises en location comptées dans le flux
 * mutations   = nombre prévu, sinon libérations × taux de la CUS, sinon libérations × 10 %
 * flux        = arrondi(libérations − mutations − relogements)
 * </pre>
 *
 * Le calcul est exact ; l'arrondi n'intervient qu'une fois, selon le paramètre {@link
 * Parametres#ARRONDI_FLUX} (au plus proche, demi vers le haut, par défaut). Des déductions
 * supérieures aux libérations sont une anomalie, jamais un flux négatif.
 */
public final class CalculFlux {

  private CalculFlux() {}

  /** Le flux de l'année, ou toutes les anomalies des entrées. */
  public static Resultat<FluxAnnuel> calculer(EntreesFlux e) {
    List<Anomalie> anomalies = new ArrayList<>();
    Comptes.verifier(e.assiette(), "assiette", References.CLAUSE_ASSIETTE, anomalies);
    Comptes.verifier(e.premieresMisesEnLocation(), "premieresMisesEnLocation", References.CLAUSE_PROGRAMMES_NEUFS, anomalies);
    if (e.mutations().isPresent()) {
      Comptes.verifier(e.mutations().getAsLong(), "mutations", References.CLAUSE_ASSIETTE, anomalies);
    }
    e.relogements().forEach((m, n) -> Comptes.verifier(n, "relogements." + m.name(), m.reference(), anomalies));
    List<Taux> rotations = new ArrayList<>();
    for (int a = e.annee() - 1; a >= e.annee() - 3; a--) {
      Taux t = e.rotations().get(a);
      if (t == null) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.ROTATION_MANQUANTE, "rotations." + a,
            "le taux de rotation départemental de " + a + " manque (moyenne des 3 dernières années)", References.CLAUSE_FLUX_ANNUEL));
      } else {
        rotations.add(t);
      }
    }
    if (anomalies.stream().anyMatch(Anomalie::isErreur)) {
      return Resultat.selon(anomalies, () -> null);
    }
    Fraction somme = Fraction.ZERO;
    for (Taux t : rotations) {
      somme = somme.plus(t.valeur());
    }
    Taux moyenne = Taux.of(somme.diviserPar(Fraction.of(3)));
    Fraction rotation = moyenne.de(e.assiette());
    Fraction liberations = rotation.plus(Fraction.of(e.premieresMisesEnLocation()));
    LocalDate date = LocalDate.of(e.annee(), 1, 1);
    Fraction mutations;
    Explication explMutations;
    if (e.mutations().isPresent()) {
      mutations = Fraction.of(e.mutations().getAsLong());
      explMutations = Explication.donnee("mutations internes prévues", e.mutations().getAsLong(), References.CLAUSE_ASSIETTE, References.CCH_R441_5);
    } else {
      Taux tm;
      String source;
      fr.fluxlogement.core.reference.Reference fondement = References.CLAUSE_ASSIETTE;
      if (e.tauxMutationsCus().isPresent()) {
        tm = e.tauxMutationsCus().get();
        source = "taux fixé par la CUS";
      } else {
        ValeurDatee<Taux> v = e.parametres().valeurDatee(Parametres.TAUX_MUTATIONS_DEFAUT, date);
        tm = v.valeur();
        source = "taux par défaut en l'absence d'objectif de la CUS (" + v.citation() + ")";
        fondement = v.source();
      }
      mutations = tm.de(liberations);
      Fraction m = mutations;
      Taux taux = tm;
      String origine = source;
      fr.fluxlogement.core.reference.Reference f = fondement;
      explMutations = Explication.differee(() -> Explication.of("mutations internes", m.toDecimalFrancais(2),
          liberations.toDecimalFrancais(2) + " × " + taux.toPourcentFrancais() + ", " + origine,
          List.of(f, References.CCH_R441_5), List.of()));
    }
    long relogements = 0;
    List<Explication> explRelogements = new ArrayList<>();
    for (Map.Entry<MotifRelogement, Long> r : e.relogements().entrySet()) {
      relogements += r.getValue();
      explRelogements.add(Explication.donnee("relogements : " + r.getKey().libelle(), r.getValue(), r.getKey().reference()));
    }
    Fraction exact = liberations.moins(mutations).moins(Fraction.of(relogements));
    if (exact.signum() < 0) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.DEDUCTIONS_SUPERIEURES_AUX_LIBERATIONS, "relogements",
          "les mutations (" + mutations.toDecimalFrancais(2) + ") et relogements (" + relogements
              + ") dépassent les libérations prévues (" + liberations.toDecimalFrancais(2) + ")",
          References.CCH_R441_5));
      return Resultat.selon(anomalies, () -> null);
    }
    ValeurDatee<Arrondi> arrondi = e.parametres().valeurDatee(Parametres.ARRONDI_FLUX, date);
    long flux = exact.arrondir(arrondi.valeur()).longValueExact();
    long rel = relogements;
    Fraction mut = mutations;
    Explication explMut = explMutations;
    List<Explication> explRel = List.copyOf(explRelogements);
    // l'explication, construite à sa première lecture
    Explication ex = Explication.differee(() -> Explication.builder("flux annuel " + e.annee(), flux)
        .formule(arrondi.valeur().libelle() + " de (" + liberations.toDecimalFrancais(2) + " − "
            + mut.toDecimalFrancais(2) + " − " + rel + ") = " + exact.toDecimalFrancais(2))
        .reference(References.CLAUSE_FLUX_ANNUEL, References.CCH_R441_5, arrondi.source())
        .enfant(Explication.builder("libérations prévues", liberations.toDecimalFrancais(2))
            .formule("assiette " + e.assiette() + " × rotation moyenne " + moyenne.toPourcentFrancais()
                + (e.premieresMisesEnLocation() > 0 ? " + " + e.premieresMisesEnLocation() + " premières mises en location" : ""))
            .reference(References.CLAUSE_FLUX_ANNUEL)
            .enfant(Explication.of("taux de rotation moyen", moyenne.toPourcentFrancais(),
                "moyenne des taux départementaux RPLS de " + (e.annee() - 3) + " à " + (e.annee() - 1),
                List.of(References.CLAUSE_FLUX_ANNUEL), rotations(e)))
            .build())
        .enfant(explMut)
        .enfants(explRel)
        .build());
    return Resultat.ok(new FluxAnnuel(e.annee(), moyenne, liberations, mutations, rel, exact, flux, ex));
  }

  private static List<Explication> rotations(EntreesFlux e) {
    List<Explication> l = new ArrayList<>();
    for (int a = e.annee() - 3; a <= e.annee() - 1; a++) {
      l.add(Explication.donnee("rotation " + a, e.rotations().get(a).toPourcentFrancais(), References.CLAUSE_FLUX_ANNUEL));
    }
    return l;
  }
}
