package fr.fluxlogement.rules.exercice;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.convention.TexteConvention;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Clause;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.Resultats;
import fr.fluxlogement.core.anomalie.Resultat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Les données des exemples de l'exercice comptés à la main : un bailleur de l'Ain, Ornex et
 * Ferney-Voltaire (Pays de Gex), Bourg-en-Bresse (sans EPCI renseigné), Annecy (hors du département).
 * Chaque appel construit ses objets (PIT ne rejoue pas l'initialisation statique).
 */
final class Donnees {

  private Donnees() {}

  static final Departement AIN = Departement.of("01");
  static final Commune ORNEX = Commune.of("01281");
  static final Commune FERNEY = Commune.of("01160");
  static final Commune BOURG = Commune.of("01053");
  static final Commune ANNECY = Commune.of("74010");
  static final Epci GEX = Epci.of("240100750");
  static final Bailleur BAILLEUR = new Bailleur("123456782", "Bailleur d'essai");
  static final Collectivite COMMUNE_ORNEX = Collectivite.commune(ORNEX, "Ornex");
  static final Collectivite EPCI_GEX = Collectivite.epci(GEX, "Pays de Gex agglo");
  static final ActionLogement AL = ActionLogement.INSTANCE;

  /** 10 % de rotation en 2022, 2023 et 2024 : la moyenne est 10 % (art. 4.1). */
  static Map<Integer, Taux> rotations() {
    return Map.of(2022, Taux.pourcent(10), 2023, Taux.pourcent(10), 2024, Taux.pourcent(10));
  }

  /** Un logement PLUS, T3, hors QPV, mis en location en 2005. */
  static Logement logement(String id, Commune c, Optional<Epci> epci) {
    Localisation l = epci.map(e -> Localisation.of(c, e, Qpv.HORS_QPV)).orElse(Localisation.of(c, Qpv.HORS_QPV));
    return Logement.builder().identifiant(id).localisation(l).financement(Financement.PLUS).typologie(Typologie.T3)
        .anneeMiseEnLocation(2005).build();
  }

  /** Les logements {@code prefixe0} à {@code prefixe(n−1)} d'une commune. */
  static List<Logement> serie(String prefixe, int n, Commune c, Optional<Epci> epci) {
    List<Logement> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(logement(prefixe + i, c, epci));
    }
    return l;
  }

  /** Une convention signée le 15 janvier 2024, en gestion directe, au plan par défaut sauf le flux annuel (art. 4). */
  static Convention convention(Reservataire r, Territoire t, String titre) {
    return new Convention(BAILLEUR, r, t, LocalDate.of(2024, 1, 15), ModeGestion.DIRECTE, List.of(),
        TexteConvention.of(titre).withArticle(Clause.FLUX_ANNUEL, "4"));
  }

  static Convention prefet() {
    return convention(Etat.PRIORITAIRES, AIN, "Convention du préfet de l'Ain");
  }

  /** Un apport de {@code n} logements depuis le 1er janvier 2010, situé dans une commune. */
  static DroitReservation apport(Reservataire r, long n, Commune c) {
    return DroitReservation.of(r, OrigineDroit.APPORT_FINANCIER, n, LocalDate.of(2010, 1, 1)).withCommune(c);
  }

  static Liberation liberation(Logement l, LocalDate date) {
    return new Liberation(l, TypeLiberation.PREAVIS_UN_MOIS, date);
  }

  /** La valeur d'un résultat valide (seul accès des tests à la valeur d'une validation). */
  static <T> T valeur(Resultat<T> v) {
    return Resultats.valeur(v);
  }

  /** Les anomalies d'un résultat (vide s'il est valide). */
  static List<Anomalie> anomalies(Resultat<?> v) {
    return Resultats.anomalies(v);
  }
}
