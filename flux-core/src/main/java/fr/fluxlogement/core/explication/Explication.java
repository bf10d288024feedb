package fr.fluxlogement.core.explication;

import fr.fluxlogement.core.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * L'explication d'une figure calculée : un arbre dont chaque nœud porte un libellé, une valeur, la
 * formule qui l'a produite, les références juridiques sur lesquelles il repose et ses enfants (les
 * figures dont il dépend). Se rend en texte français indenté ; en JSON par le module de rendu.
 *
 * <p><b>Différée.</b> Une explication peut n'être construite qu'à sa première lecture ({@link
 * #differee}) : une règle qui calcule des centaines de milliers de figures n'en paie les textes
 * (pourcentages et quotas en décimal français, références résolues) que pour celles qu'on lit. Elle
 * se comporte en tout comme l'explication construite (mêmes accesseurs, même égalité) ; sa
 * construction se fait au plus une fois, sûrement entre fils d'exécution, et doit être pure.
 */
public final class Explication {

  private final String libelle;
  private final String valeur;
  private final String formule;
  private final List<Reference> references;
  private final List<Explication> enfants;
  /**
   * Pour une explication différée (les champs ci-dessus sont alors nuls) : sa construction, puis,
   * une fois faite sous le verrou de cette référence, l'explication construite ; nul sinon.
   */
  private final AtomicReference<Object> differee;

  /**
   * Valide et fige l'explication.
   *
   * @param libelle ce que la figure est, en français
   * @param valeur la valeur, en texte
   * @param formule comment la valeur a été obtenue (vide pour une donnée d'entrée)
   * @param references les textes et articles sur lesquels elle repose (copiés)
   * @param enfants les explications des figures dont elle dépend (copiées)
   * @throws NullPointerException si un argument ou un élément est {@code null}
   */
  public Explication(String libelle, String valeur, String formule, List<Reference> references, List<Explication> enfants) {
    this.libelle = Objects.requireNonNull(libelle, "libelle");
    this.valeur = Objects.requireNonNull(valeur, "valeur");
    this.formule = Objects.requireNonNull(formule, "formule");
    this.references = List.copyOf(references);
    this.enfants = List.copyOf(enfants);
    this.differee = null;
  }

  private Explication(Supplier<Explication> construction) {
    this.libelle = null;
    this.valeur = null;
    this.formule = null;
    this.references = null;
    this.enfants = null;
    this.differee = new AtomicReference<>(construction);
  }

  /**
   * Une explication construite à sa première lecture, puis gardée.
   *
   * @param construction la construction, pure (sans effet, même résultat à chaque appel), qui ne rend
   *     jamais {@code null}
   * @return l'explication différée
   * @throws NullPointerException si {@code construction} est {@code null}
   */
  public static Explication differee(Supplier<Explication> construction) {
    return new Explication(Objects.requireNonNull(construction, "construction"));
  }

  /** L'explication construite : elle-même, ou celle de sa construction différée, faite une fois. */
  @SuppressWarnings("unchecked")
  private Explication construite() {
    if (differee == null) {
      return this;
    }
    Object v = differee.get();
    if (v instanceof Explication e) {
      return e;
    }
    synchronized (differee) {
      v = differee.get();
      if (v instanceof Explication e) {
        return e;
      }
      Explication c = Objects.requireNonNull(((Supplier<Explication>) v).get(), "explication différée nulle").construite();
      differee.set(c);
      return c;
    }
  }

  /**
   * Ce que la figure est.
   *
   * @return le libellé, en français
   */
  public String libelle() {
    return construite().libelle;
  }

  /**
   * La valeur de la figure.
   *
   * @return la valeur, en texte
   */
  public String valeur() {
    return construite().valeur;
  }

  /**
   * Comment la valeur a été obtenue.
   *
   * @return la formule, vide pour une donnée d'entrée
   */
  public String formule() {
    return construite().formule;
  }

  /**
   * Les textes et articles sur lesquels la figure repose.
   *
   * @return les références, liste immuable
   */
  public List<Reference> references() {
    return construite().references;
  }

  /**
   * Les explications des figures dont celle-ci dépend.
   *
   * @return les enfants, liste immuable
   */
  public List<Explication> enfants() {
    return construite().enfants;
  }

  /**
   * Deux explications sont égales quand leurs arbres le sont, différées ou non.
   *
   * @param o l'autre objet
   * @return vrai si même libellé, valeur, formule, références et enfants
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Explication x)) {
      return false;
    }
    Explication a = construite();
    Explication b = x.construite();
    return a.libelle.equals(b.libelle) && a.valeur.equals(b.valeur) && a.formule.equals(b.formule) && a.references.equals(b.references)
        && a.enfants.equals(b.enfants);
  }

  /**
   * Le hachage de l'arbre, accordé à {@link #equals}.
   *
   * @return le hachage
   */
  @Override
  public int hashCode() {
    Explication a = construite();
    return Objects.hash(a.libelle, a.valeur, a.formule, a.references, a.enfants);
  }

  /**
   * Une forme de mise au point.
   *
   * @return {@code Explication[libelle=…, valeur=…, …]}
   */
  @Override
  public String toString() {
    Explication a = construite();
    return "Explication[libelle=" + a.libelle + ", valeur=" + a.valeur + ", formule=" + a.formule + ", references=" + a.references
        + ", enfants=" + a.enfants + "]";
  }

  /** Une donnée d'entrée, sans formule ni enfant. */
  public static Explication donnee(String libelle, Object valeur, Reference... references) {
    return new Explication(libelle, String.valueOf(valeur), "", List.of(references), List.of());
  }

  /** Un nœud calculé. */
  public static Explication of(
      String libelle, Object valeur, String formule, List<Reference> references, List<Explication> enfants) {
    return new Explication(libelle, String.valueOf(valeur), formule, references, enfants);
  }

  /** Un constructeur pas à pas. */
  public static Builder builder(String libelle, Object valeur) {
    return new Builder(libelle, String.valueOf(valeur));
  }

  /** Le nombre de nœuds de l'arbre. */
  public int taille() {
    int n = 1;
    for (Explication e : enfants()) {
      n += e.taille();
    }
    return n;
  }

  /**
   * Le même arbre, chaque référence passée par une fonction : résoudre les clauses d'une
   * convention en ses propres articles ({@code TexteConvention::resoudre}).
   *
   * @param resolution la fonction appliquée à chaque référence de chaque nœud
   * @return l'arbre aux références résolues
   */
  public Explication resoudre(java.util.function.UnaryOperator<Reference> resolution) {
    java.util.Objects.requireNonNull(resolution, "resolution");
    if (differee != null) {
      // encore à construire : la résolution aussi attend la première lecture
      return differee.get() instanceof Explication e ? e.resoudre(resolution) : differee(() -> construite().resoudre(resolution));
    }
    boolean change = false;
    Reference[] refs = new Reference[references.size()];
    for (int i = 0; i < refs.length; i++) {
      refs[i] = resolution.apply(references.get(i));
      change |= !refs[i].equals(references.get(i));
    }
    Explication[] es = new Explication[enfants.size()];
    for (int i = 0; i < es.length; i++) {
      es[i] = enfants.get(i).resoudre(resolution);
      change |= es[i] != enfants.get(i);
    }
    // rien à résoudre : le même arbre (immuable), sans copie
    return change ? new Explication(libelle, valeur, formule, List.of(refs), List.of(es)) : this;
  }

  /** Rend l'arbre en texte français indenté. */
  public String toTexte() {
    StringBuilder sb = new StringBuilder();
    construite().texte(sb, 0);
    return sb.toString();
  }

  private void texte(StringBuilder sb, int profondeur) {
    sb.append("  ".repeat(profondeur)).append("- ").append(libelle).append(" : ").append(valeur);
    if (!formule.isEmpty()) {
      sb.append(" (").append(formule).append(')');
    }
    if (!references.isEmpty()) {
      sb.append(" [");
      for (int i = 0; i < references.size(); i++) {
        if (i > 0) {
          sb.append(" ; ");
        }
        sb.append(references.get(i).citation());
      }
      sb.append(']');
    }
    sb.append('\n');
    for (Explication e : enfants) {
      e.construite().texte(sb, profondeur + 1);
    }
  }

  /** Constructeur pas à pas d'une {@link Explication}. */
  public static final class Builder {
    private final String libelle;
    private final String valeur;
    private String formule = "";
    private final List<Reference> references = new ArrayList<>();
    private final List<Explication> enfants = new ArrayList<>();

    private Builder(String libelle, String valeur) {
      this.libelle = Objects.requireNonNull(libelle, "libelle");
      this.valeur = Objects.requireNonNull(valeur, "valeur");
    }

    /** La formule. */
    public Builder formule(String f) {
      this.formule = Objects.requireNonNull(f, "formule");
      return this;
    }

    /** Ajoute des références. */
    public Builder reference(Reference... refs) {
      for (Reference r : refs) {
        if (!references.contains(r)) {
          references.add(r);
        }
      }
      return this;
    }

    /** Ajoute un enfant. */
    public Builder enfant(Explication e) {
      enfants.add(Objects.requireNonNull(e, "enfant"));
      return this;
    }

    /** Ajoute des enfants. */
    public Builder enfants(List<Explication> es) {
      enfants.addAll(es);
      return this;
    }

    /** L'explication. */
    public Explication build() {
      return new Explication(libelle, valeur, formule, references, enfants);
    }
  }
}
