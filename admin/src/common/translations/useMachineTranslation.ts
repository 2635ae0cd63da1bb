/** Whether Amazon Translate is there to draft translations (`machineTranslation` in /config.json; only in AWS). Undefined until known. */
import { useEffect, useState } from 'react';
import { getConfig } from '../../config';

export function useMachineTranslation(): boolean | undefined {
  const [available, setAvailable] = useState<boolean>();
  useEffect(() => {
    let live = true;
    getConfig().then(
      (c) => live && setAvailable(c.machineTranslation === true),
      () => live && setAvailable(false),
    );
    return () => {
      live = false;
    };
  }, []);
  return available;
}
