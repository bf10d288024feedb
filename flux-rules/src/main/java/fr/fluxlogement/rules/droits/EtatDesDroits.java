package fr.fluxlogement.rules.droits;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Le registre des droits de réservation d'un bailleur (convention art. 3) : garanties d'emprunt,
 * apports financiers et fonciers, chacun avec ses dates. Immuable ; les taux se recalculent chaque
 * année à partir des droits en vigueur au 1er janvier, à mesure que les droits expirent et que les
 * programmes entrent (art. 3, dernier alinéa).
 *
 * @param droits les droits
 */
public record EtatDesDroits(List<DroitReservation> droits) {

  /** Fige. */
  public EtatDesDroits {
    droits = List.copyOf(droits);
  }

  /**
   * Le registre augmenté de droits, ajoutés après ceux qu'il a déjà.
   *
   * @param nouveaux les droits ajoutés
   * @return le nouveau registre
   */
  public EtatDesDroits withDroitsAjoutes(List<DroitReservation> nouveaux) {
    List<DroitReservation> l = new ArrayList<>(droits);
    l.addAll(nouveaux);
    return new EtatDesDroits(l);
  }

  /** Les droits en vigueur à une date. */
  public List<DroitReservation> enVigueur(LocalDate date) {
    return droits.stream().filter(d -> d.isEnVigueur(date)).toList();
  }

  /** Les logements réservés en vigueur à une date, par réservataire (ordre des clés). */
  public Map<Reservataire, Long> reservesAu(LocalDate date) {
    TreeMap<String, Reservataire> parCle = new TreeMap<>();
    Map<String, Long> n = new TreeMap<>();
    for (DroitReservation d : enVigueur(date)) {
      parCle.put(d.titulaire().cle(), d.titulaire());
      n.merge(d.titulaire().cle(), d.quantite(), Math::addExact);
    }
    Map<Reservataire, Long> m = new LinkedHashMap<>();
    parCle.forEach((cle, r) -> m.put(r, n.get(cle)));
    return m;
  }

  /**
   * Le taux de chaque réservataire au 1er janvier de l'année : réservés ÷ assiette.
   *
   * @param annee l'année N (droits en vigueur au 01/01/N)
   * @param assiette la taille de l'assiette
   * @param programmesConnus les identifiants des programmes connus ; un droit rattaché à un autre
   *     programme est une anomalie (vide : pas de contrôle)
   * @return les taux, ou toutes les anomalies (assiette négative, droits au-delà de l'assiette,
   *     programme inconnu)
   */
  public Resultat<List<TauxReservataire>> taux(int annee, long assiette, Set<String> programmesConnus) {
    Objects.requireNonNull(programmesConnus, "programmesConnus");
    LocalDate date = LocalDate.of(annee, 1, 1);
    List<Anomalie> anomalies = new ArrayList<>();
    if (assiette < 0) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.NOMBRE_NEGATIF, "assiette", "l'assiette ne peut être négative : " + assiette, References.CLAUSE_ASSIETTE));
    }
    for (int i = 0; i < droits.size(); i++) {
      DroitReservation d = droits.get(i);
      if (!programmesConnus.isEmpty() && d.programme().isPresent() && !programmesConnus.contains(d.programme().get())) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.REFERENCE_INCONNUE, "droits[" + i + "].programme",
            "le droit de " + d.titulaire().libelle() + " porte sur un programme inconnu : « " + d.programme().get() + " »",
            References.CLAUSE_ETAT_DES_DROITS));
      }
    }
    Map<Reservataire, Long> reserves = reservesAu(date);
    BigInteger somme = BigInteger.ZERO;
    for (long n : reserves.values()) {
      somme = somme.add(BigInteger.valueOf(n));
    }
    if (assiette >= 0 && somme.compareTo(BigInteger.valueOf(assiette)) > 0) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.DROITS_SUPERIEURS_A_ASSIETTE, "droits",
          "les droits en vigueur au " + date + " (" + somme + " logements) dépassent l'assiette (" + assiette + ")",
          References.CLAUSE_ENGAGEMENTS));
    }
    return Resultat.selon(anomalies, () -> {
      List<TauxReservataire> l = new ArrayList<>();
      Map<String, List<DroitReservation>> parTitulaire = new LinkedHashMap<>();
      for (DroitReservation d : enVigueur(date)) {
        parTitulaire.computeIfAbsent(d.titulaire().cle(), k -> new ArrayList<>()).add(d);
      }
      for (Map.Entry<Reservataire, Long> e : reserves.entrySet()) {
        Taux t = assiette == 0 ? Taux.ZERO : Taux.of(e.getValue(), assiette);
        Reservataire titulaire = e.getKey();
        long reserve = e.getValue();
        List<DroitReservation> siens = List.copyOf(parTitulaire.getOrDefault(titulaire.cle(), List.of()));
        // l'explication, construite à sa première lecture
        l.add(new TauxReservataire(titulaire, reserve, t, Explication.differee(() -> {
          List<Explication> detail = new ArrayList<>();
          for (DroitReservation d : siens) {
            if (d.titulaire().equals(titulaire)) {
              detail.add(Explication.donnee(d.origine().libelle() + d.programme().map(p -> " (programme " + p + ")").orElse("")
                  + ", du " + d.debut() + d.fin().map(f -> " au " + f).orElse(""), d.quantite(), References.CLAUSE_ETAT_DES_DROITS));
            }
          }
          return Explication.of(
              "taux " + fr.fluxlogement.core.explication.Francais.de(titulaire.libelle()) + " en " + annee, t.toPourcentFrancais(),
              reserve + " logements réservés ÷ assiette de " + assiette,
              List.of(References.CLAUSE_ENGAGEMENTS, References.CLAUSE_ETAT_DES_DROITS), detail);
        })));
      }
      return List.copyOf(l); // dans l'ordre des clés, celui de reservesAu
    });
  }
}
