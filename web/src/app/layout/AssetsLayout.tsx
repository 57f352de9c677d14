import { Outlet } from 'react-router';
import { AssetsNav } from '../../components/AssetsNav';

/** Every page under /assets shares the section's sub-navigation. */
export function AssetsLayout() {
  return (
    <>
      <AssetsNav />
      <Outlet />
    </>
  );
}
