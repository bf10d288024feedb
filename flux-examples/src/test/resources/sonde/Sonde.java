import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Repartition;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.util.List;

/** Sonde : construit des valeurs du cœur et calcule avec, sans autre jar que flux-core. */
public class Sonde {
  public static void main(String[] args) {
    Logement l = Logement.builder().identifiant("0000000001").localisation(Localisation.of(Commune.of("01281"), Qpv.HORS_QPV))
        .financement(Financement.PLUS).typologie(Typologie.T3).build();
    var parts = Repartition.repartirEnTable(630, List.of(new Repartition.Partie("A", Fraction.pourcent(30)),
        new Repartition.Partie("B", Fraction.pourcent(70))));
    System.out.println(l.identifiant() + " " + l.localisation().departement() + " " + parts + " " + Fraction.pourcent(30).fois(41));
  }
}
