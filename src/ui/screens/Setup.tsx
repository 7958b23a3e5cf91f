export function SetupScreen() {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Welcome</h1>
    </section>
  );
}
