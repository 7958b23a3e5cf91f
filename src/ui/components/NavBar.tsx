const ITEMS = [
  { key: '', label: 'Home', href: '#/' },
  { key: 'record', label: 'Record', href: '#/record' },
  { key: 'pathway', label: 'Pathway', href: '#/pathway' },
  { key: 'portfolio', label: 'Portfolio', href: '#/portfolio' },
  { key: 'settings', label: 'Settings', href: '#/settings' },
];

/** Bottom navigation: within thumb reach on a phone. */
export function NavBar({ active }: { active: string }) {
  return (
    <nav class="navbar" aria-label="Main">
      <ul>
        {ITEMS.map((i) => (
          <li key={i.key}>
            <a href={i.href} aria-current={active === i.key ? 'page' : undefined}>
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
