package fr.fluxlogement.examples.cas;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.logement.ReservationStock;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.MotifPriorite;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.core.territoire.Territoire;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** Lecture des valeurs du domaine dans un dossier de cas ; chaque erreur devient une anomalie. */
final class Lecteurs {

  private Lecteurs() {}

  static Optional<Territoire> territoire(Noeud n) {
    Optional<Noeud> c = n.champ("commune");
    Optional<Noeud> d = n.champ("departement");
    Optional<Noeud> e = n.champ("epci");
    if (c.isPresent()) {
      return commune(c.get()).map(x -> x);
    }
    if (d.isPresent()) {
      return d.get().texte().flatMap(t -> {
        if (!Departement.isValide(t)) {
          d.get().erreur(CodeAnomalie.FORMAT_INVALIDE, "code de département invalide : " + Noeud.cite(t) + "");
          return Optional.empty();
        }
        return Optional.of(Departement.of(t));
      });
    }
    if (e.isPresent()) {
      return epci(e.get()).map(x -> x);
    }
    n.erreur(CodeAnomalie.CHAMP_MANQUANT, "territoire : commune, departement ou epci attendu");
    return Optional.empty();
  }

  static Optional<Commune> commune(Noeud n) {
    return n.texte().flatMap(t -> {
      if (!Commune.isValide(t)) {
        n.erreur(CodeAnomalie.FORMAT_INVALIDE, "code INSEE de commune invalide : " + Noeud.cite(t) + "");
        return Optional.empty();
      }
      return Optional.of(Commune.of(t));
    });
  }

  static Optional<Epci> epci(Noeud n) {
    return n.texte().flatMap(t -> {
      if (!Epci.isSirenValide(t)) {
        n.erreur(CodeAnomalie.FORMAT_INVALIDE, "SIREN d'EPCI invalide (9 chiffres, clé de Luhn) : " + Noeud.cite(t) + "");
        return Optional.empty();
      }
      return Optional.of(Epci.of(t));
    });
  }

  /** Un réservataire : {@code ETAT-PRIORITAIRES}, {@code ETAT-AGENTS}, {@code ACTION-LOGEMENT}, {@code COMMUNE-01281}, {@code EPCI-…}, {@code DEPARTEMENT-01}, {@code AUTRE-id}, {@code BAILLEUR}. */
  static Optional<Reservataire> reservataire(Noeud n, Bailleur bailleur) {
    return n.texte().flatMap(t -> fr.fluxlogement.examples.dossier.LecteurDossier.reservataire(t, Optional.empty(), java.util.Map.of(), bailleur,
        n::erreur));
  }

  static Bailleur bailleur(Noeud racine) {
    return racine.champ("bailleur").flatMap(b -> {
      Optional<String> id = b.exiger("id").flatMap(Noeud::texte);
      Optional<String> nom = b.exiger("nom").flatMap(Noeud::texte);
      if (id.isEmpty() || nom.isEmpty() || id.get().isBlank() || nom.get().isBlank()) {
        return Optional.empty();
      }
      return Optional.of(new Bailleur(id.get(), nom.get()));
    }).orElse(new Bailleur("BAILLEUR", "le bailleur"));
  }

  /** Un logement ; seuls {@code id} et {@code commune} sont obligatoires. */
  static Optional<Logement> logement(Noeud n) {
    Optional<String> id = n.exiger("id").flatMap(Noeud::texte);
    Optional<Commune> commune = n.exiger("commune").flatMap(Lecteurs::commune);
    Optional<Epci> epci = n.champ("epci").flatMap(Lecteurs::epci);
    boolean qpv = n.champ("qpv").flatMap(Noeud::booleen).orElse(false);
    Financement f = n.champ("financement").flatMap(x -> x.enumeration(Financement.class)).orElse(Financement.PLUS);
    Typologie ty = n.champ("typologie").flatMap(x -> x.texte().flatMap(t -> {
      Optional<Typologie> o = Typologie.parse(t, "typologie").valeur();
      if (o.isEmpty()) {
        x.erreur(CodeAnomalie.CODE_INCONNU, "typologie inconnue " + Noeud.cite(t) + " (T1 à T5, T6+)");
      }
      return o;
    })).orElse(Typologie.T3);
    ModeOccupation mode = n.champ("mode").flatMap(x -> x.texte().flatMap(t -> {
      Optional<ModeOccupation> o = ModeOccupation.fromCode(t);
      if (o.isEmpty()) {
        x.erreur(CodeAnomalie.CODE_INCONNU, "mode d'occupation RPLS inconnu " + Noeud.cite(t) + " (1 à 5, 9)");
      }
      return o;
    })).orElse(ModeOccupation.LOUE);
    Optional<ReservationStock> reservation = n.champ("reservation").flatMap(x -> x.enumeration(ReservationStock.class));
    Optional<Integer> location = n.champ("mise_en_location").flatMap(x -> x.entier(1800, 2100));
    Optional<Integer> construction = n.champ("construction").flatMap(x -> x.entier(1800, 2100));
    boolean foyer = n.champ("foyer").flatMap(Noeud::booleen).orElse(false);
    boolean vente = n.champ("vente").flatMap(Noeud::booleen).orElse(false);
    boolean demolition = n.champ("demolition").flatMap(Noeud::booleen).orElse(false);
    boolean npnru = n.champ("npnru").flatMap(Noeud::booleen).orElse(false);
    if (id.isEmpty() || commune.isEmpty()) {
      return Optional.empty();
    }
    try {
      var b = Logement.builder().identifiant(id.get())
          .localisation(new Localisation(commune.get(), epci, qpv ? Qpv.EN_QPV : Qpv.HORS_QPV))
          .financement(f).typologie(ty).modeOccupation(mode).reservationStock(reservation)
          .logementFoyer(foyer).enVente(vente).aDemolir(demolition).neufNpnru(npnru);
      location.ifPresent(b::anneeMiseEnLocation);
      construction.ifPresent(b::anneeConstruction);
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      n.erreur(CodeAnomalie.FORMAT_INVALIDE, "logement invalide : " + e.getMessage());
      return Optional.empty();
    }
  }

  static Optional<Programme> programme(Noeud n, Bailleur bailleur) {
    Optional<String> id = n.exiger("id").flatMap(Noeud::texte);
    Optional<Commune> commune = n.exiger("commune").flatMap(Lecteurs::commune);
    Optional<Long> logements = n.exiger("logements").flatMap(Noeud::entier);
    Optional<LocalDate> service = n.exiger("mise_en_service").flatMap(Noeud::date);
    Financement f = n.champ("financement").flatMap(x -> x.enumeration(Financement.class)).orElse(Financement.PLUS);
    java.util.List<GarantieEmprunt> garanties = new java.util.ArrayList<>();
    boolean garantiesValides = true;
    for (Noeud g : n.champ("garanties").map(Noeud::liste).orElse(java.util.List.of())) {
      Optional<Reservataire> garant = g.exiger("garant").flatMap(x -> reservataire(x, bailleur));
      Optional<fr.fluxlogement.core.quantite.Taux> quotite = g.exiger("quotite").flatMap(Noeud::taux);
      Optional<String> pret = g.champ("pret").flatMap(Noeud::texte).or(() -> Optional.of("PRET"));
      Optional<LocalDate> debut = g.exiger("debut").flatMap(Noeud::date);
      Optional<LocalDate> fin = g.exiger("fin").flatMap(Noeud::date);
      Optional<LocalDate> rembourse = g.champ("rembourse").flatMap(Noeud::date);
      if (garant.isEmpty() || quotite.isEmpty() || debut.isEmpty() || fin.isEmpty()) {
        garantiesValides = false;
        continue;
      }
      try {
        garanties.add(new GarantieEmprunt(garant.get(), quotite.get(), pret.get(), debut.get(), fin.get(), rembourse));
      } catch (IllegalArgumentException e) {
        g.erreur(CodeAnomalie.DATE_INCOHERENTE, "garantie invalide : " + e.getMessage());
        garantiesValides = false;
      }
    }
    if (id.isEmpty() || commune.isEmpty() || logements.isEmpty() || service.isEmpty() || !garantiesValides) {
      return Optional.empty();
    }
    if (logements.get() <= 0 || logements.get() > Integer.MAX_VALUE) {
      n.champ("logements").ifPresent(x -> x.erreur(CodeAnomalie.HORS_DOMAINE, "un programme compte au moins un logement"));
      return Optional.empty();
    }
    return Optional.of(Programme.builder().identifiant(id.get()).commune(commune.get()).nombreLogements(logements.get().intValue())
        .dateMiseEnService(service.get()).financement(f).garanties(garanties).build());
  }

  static Optional<Menage> menage(Noeud n) {
    Optional<Fraction> ressources = n.exiger("ressources").flatMap(Noeud::nombre);
    Optional<Fraction> uc = n.champ("uc").flatMap(Noeud::nombre).or(() -> Optional.of(Fraction.UN));
    boolean dalo = n.champ("dalo").flatMap(Noeud::booleen).orElse(false);
    boolean prioritaire = n.champ("prioritaire").flatMap(Noeud::booleen).orElse(false);
    boolean anru = n.champ("relogement_anru").flatMap(Noeud::booleen).orElse(false);
    if (ressources.isEmpty() || uc.isEmpty()) {
      return Optional.empty();
    }
    if (ressources.get().signum() < 0 || uc.get().signum() <= 0) {
      n.erreur(CodeAnomalie.HORS_DOMAINE, "ressources positives et unités de consommation strictement positives attendues");
      return Optional.empty();
    }
    BigDecimal euros = ressources.get().toBigDecimal(2);
    Menage m = Menage.of(euros, uc.get()).withDalo(dalo).withRelogementRenouvellementUrbain(anru);
    return Optional.of(prioritaire ? m.withMotifs(Set.of(MotifPriorite.actuels().get(2))) : m);
  }
}
