package fr.fluxlogement.rules;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;

/** Valeurs communes aux tests des règles : Ornex, le Pays de Gex, Alliade Habitat. */
public final class Fixtures {

  private Fixtures() {}

  /** Ornex (01281). */
  public static final Commune ORNEX = Commune.of("01281");

  /** Ferney-Voltaire (01160). */
  public static final Commune FERNEY = Commune.of("01160");

  /** CA du Pays de Gex (240100750). */
  public static final Epci PAYS_DE_GEX = Epci.of("240100750");

  /** L'Ain. */
  public static final Departement AIN = Departement.of("01");

  /** Alliade Habitat. */
  public static final Bailleur ALLIADE = new Bailleur("ALLIADE", "Alliade Habitat");

  /** La commune d'Ornex, réservataire. */
  public static final Collectivite COMMUNE_ORNEX = Collectivite.commune(ORNEX, "Ornex");

  /** Le département de l'Ain, réservataire. */
  public static final Collectivite DEPARTEMENT_AIN = Collectivite.departement(AIN, "de l'Ain");

  /** Action Logement. */
  public static final ActionLogement AL = ActionLogement.INSTANCE;

  /** Un logement ordinaire (PLUS, T3, hors QPV, loué) à Ornex. */
  public static Logement logement(String id) {
    return Logement.builder().identifiant(id)
        .localisation(Localisation.of(ORNEX, PAYS_DE_GEX, Qpv.HORS_QPV))
        .financement(Financement.PLUS).typologie(Typologie.T3).anneeMiseEnLocation(2005).build();
  }
}
