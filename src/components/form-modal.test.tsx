// @vitest-environment jsdom
import { Select, TextInput } from '@mantine/core';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../api/client';
import { FormModal } from './form-modal';
import { checkedText, chosen } from './form-rules';
import { renderWithUi } from './test-utils';
import { useSchemaForm } from './use-schema-form';
import { checkName } from '../domain';

const schema = z.object({ name: checkedText(checkName), kind: chosen('Choose a kind.') });
type Out = z.output<typeof schema>;

function Harness({ action, onClose = () => {} }: { action: (v: Out) => Promise<unknown>; onClose?: () => void }) {
  const [opened, setOpened] = useState(true);
  const sf = useSchemaForm(schema, { name: '', kind: 'a' as string | null });
  return (
    <>
      <button type="button" onClick={() => setOpened(true)}>
        Open
      </button>
      <FormModal
        opened={opened}
        onClose={() => {
          setOpened(false);
          onClose();
        }}
        title="Make thing"
        form={sf}
        onSubmit={action}
        submitLabel="Make"
      >
        <Select label="Kind" data={['a', 'b']} {...sf.form.getInputProps('kind')} />
        <TextInput label="Name" data-autofocus {...sf.form.getInputProps('name')} />
      </FormModal>
    </>
  );
}

const name = () => screen.getByRole('textbox', { name: 'Name' });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Make' }));

afterEach(cleanup);

describe('FormModal with useSchemaForm', () => {
  it('starts on the field marked data-autofocus, not on the close button nor a Select', async () => {
    renderWithUi(<Harness action={async () => {}} />);
    await waitFor(() => expect(document.activeElement).toBe(name()));
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('shows no problem before a change, the problem after a change, and every problem on submit', async () => {
    const action = vi.fn(async () => {});
    renderWithUi(<Harness action={action} />);
    expect(screen.queryByText('Enter a name.')).toBeNull();
    fireEvent.change(name(), { target: { value: 'bad name' } });
    expect(await screen.findByText(/Use only letters, digits/)).toBeTruthy();
    fireEvent.change(name(), { target: { value: '' } });
    expect(await screen.findByText('Enter a name.')).toBeTruthy();
    submit();
    await waitFor(() => expect(name().getAttribute('aria-invalid')).toBe('true'));
    expect(action).not.toHaveBeenCalled();
  });

  it('shows an untouched field’s problem only on submit', async () => {
    const action = vi.fn(async () => {});
    renderWithUi(<Harness action={action} />);
    submit();
    expect(await screen.findByText('Enter a name.')).toBeTruthy();
    expect(action).not.toHaveBeenCalled();
  });

  it('submits the schema’s output (trimmed) and closes', async () => {
    const action = vi.fn(async (_: Out) => {});
    const onClose = vi.fn();
    renderWithUi(<Harness action={action} onClose={onClose} />);
    fireEvent.change(name(), { target: { value: '  web-01  ' } });
    submit();
    await waitFor(() => expect(action).toHaveBeenCalledWith({ name: 'web-01', kind: 'a' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('submits with Enter in a text field', async () => {
    const action = vi.fn(async (_: Out) => {});
    renderWithUi(<Harness action={action} />);
    fireEvent.change(name(), { target: { value: 'web-01' } });
    fireEvent.submit(name().closest('form')!);
    await waitFor(() => expect(action).toHaveBeenCalledWith({ name: 'web-01', kind: 'a' }));
  });

  it('keeps a refusal in the dialog with its message and keeps the values', async () => {
    const action = vi.fn(async () => {
      throw new ApiError(400, 'VPC.0002', 'The name web-01 is taken.');
    });
    const onClose = vi.fn();
    renderWithUi(<Harness action={action} onClose={onClose} />);
    fireEvent.change(name(), { target: { value: 'web-01' } });
    submit();
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('The name web-01 is taken.'));
    expect(name()).toHaveProperty('value', 'web-01');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('Cancel resets the values, the problems and the refusal', async () => {
    const action = vi.fn(async () => {
      throw new ApiError(400, 'VPC.0002', 'Refused.');
    });
    renderWithUi(<Harness action={action} />);
    fireEvent.change(name(), { target: { value: 'web-01' } });
    submit();
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open' })));
    await waitFor(() => expect(name()).toHaveProperty('value', ''));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Enter a name.')).toBeNull();
  });
});
