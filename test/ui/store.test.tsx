import { act, render, screen } from '@testing-library/preact';
import { useLayoutEffect } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { create } from '../../src/state/store';

type Counter = { a: number; b: number; bumpA: () => void };
const makeStore = () => create<Counter>((set) => ({ a: 0, b: 0, bumpA: () => set((s) => ({ a: s.a + 1 })) }));

describe('zustand store bound to Preact hooks', () => {
  it('re-renders a component when its selected slice changes, and not for other changes', () => {
    const useCounter = makeStore();
    let renders = 0;
    function A() {
      renders += 1;
      const a = useCounter((s) => s.a);
      return <p>a is {a}</p>;
    }
    render(<A />);
    expect(screen.getByText('a is 0')).toBeTruthy();
    const before = renders;
    act(() => useCounter.setState({ b: 5 }));
    expect(renders).toBe(before);
    act(() => useCounter.getState().bumpA());
    expect(screen.getByText('a is 1')).toBeTruthy();
    expect(renders).toBe(before + 1);
  });

  it('returns the whole state without a selector and exposes the store api', () => {
    const useCounter = makeStore();
    function All() {
      const { a, b } = useCounter();
      return <p>{`${a}/${b}`}</p>;
    }
    render(<All />);
    act(() => useCounter.setState({ a: 2, b: 3 }));
    expect(screen.getByText('2/3')).toBeTruthy();
    expect(useCounter.getState().a).toBe(2);
  });

  it('does not miss a change made after render but before it subscribed', () => {
    const useCounter = makeStore();
    function Child() {
      // Runs before the parent's layout effect subscribes (children's effects run first).
      useLayoutEffect(() => useCounter.setState({ a: 7 }), []);
      return null;
    }
    function Parent() {
      const a = useCounter((s) => s.a);
      return (
        <div>
          <p>a is {a}</p>
          <Child />
        </div>
      );
    }
    render(<Parent />);
    expect(screen.getByText('a is 7')).toBeTruthy();
  });

  it('stops listening when the component unmounts', () => {
    const useCounter = makeStore();
    function A() {
      return <p>{useCounter((s) => s.a)}</p>;
    }
    const { unmount } = render(<A />);
    unmount();
    expect(() => act(() => useCounter.getState().bumpA())).not.toThrow();
    expect(useCounter.getState().a).toBe(1);
  });
});
